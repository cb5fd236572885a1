using Automation.Tools;

namespace Automation;

/// <summary>
/// <c>jb inspectcode</c> (NUKE's <c>ReSharperInspectCodeSettings</c>): inspects a solution or project and writes the
/// issues found, <c>s.SetTargetPath(solution).SetOutput(report).SetSeverity(ReSharperSeverity.WARNING)</c>.
/// </summary>
public sealed record ReSharperInspectCodeSettings : ReSharperSettingsBase
{
    /// <summary>The solution or project to inspect.</summary>
    public string? TargetPath { get; init; }

    /// <summary>The report file (<c>--output=</c>).</summary>
    public string? Output { get; init; }

    /// <summary>The report's format (<c>--format=</c>; SARIF when unset, in recent versions).</summary>
    public ReSharperFormat? Format { get; init; }

    /// <summary>How many jobs run at once (<c>--jobs=</c>).</summary>
    public int? Jobs { get; init; }

    /// <summary>Absolute paths in the report (<c>--absolute-paths</c>).</summary>
    public bool? AbsolutePaths { get; init; }

    /// <summary>Inspects only the projects matching this wildcard (<c>--project=</c>).</summary>
    public string? Project { get; init; }

    /// <summary>No solution-wide analysis (<c>--no-swea</c>).</summary>
    public bool? NoSwea { get; init; }

    /// <summary>The lowest severity reported (<c>--severity=</c>).</summary>
    public ReSharperSeverity? Severity { get; init; }

    /// <summary>Writes every issue type to the report (<c>--dumpIssuesTypes</c>).</summary>
    public bool? DumpIssuesTypes { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add("inspectcode", TargetPath ?? throw new InvalidOperationException("ReSharperInspectCode needs the solution or project to inspect: s.SetTargetPath(Solution)."))
            .Joined("--output=", Output)
            .Joined("--format=", Format)
            .Joined("--jobs=", Jobs)
            .Flag("--absolute-paths", AbsolutePaths)
            .Joined("--project=", Project)
            .Flag("--no-swea", NoSwea)
            .Joined("--severity=", Severity)
            .Flag("--dumpIssuesTypes", DumpIssuesTypes);
        AddCommonArguments(arguments);
    }
}
