using System.Globalization;
using Automation.Tools;

namespace Automation;

/// <summary>
/// What coverlet.console (coverlet's global tool) is run with, by NUKE's names:
/// <c>CoverletTasks.Coverlet(s =&gt; s.SetAssembly(testDll).SetTarget("dotnet").SetTargetArgs("test", project, "--no-build").SetFormat(CoverletOutputFormat.cobertura))</c>.
/// Null, false and empty values add nothing.
/// </summary>
public sealed record CoverletSettings : ToolSettings
{
    /// <summary>The test assembly to instrument (coverlet's first argument). Required.</summary>
    public string? Assembly { get; init; }

    /// <summary>The program that runs the tests (<c>dotnet</c>): <c>--target</c>. Required by coverlet.</summary>
    public string? Target { get; init; }

    /// <summary>Its arguments (<c>test</c>, the project, <c>--no-build</c>), passed as one <c>--targetargs</c> value that coverlet splits again; an item with a space is quoted.</summary>
    public IReadOnlyList<string> TargetArgs { get; init; } = [];

    /// <summary>Where the report is written (a file, or a directory ending in a separator): <c>--output</c>.</summary>
    public string? Output { get; init; }

    /// <summary>Report formats: <c>--format</c> each (coverlet's default: json).</summary>
    public IReadOnlyList<CoverletOutputFormat> Format { get; init; } = [];

    /// <summary>Fail when coverage is below this percentage: <c>--threshold</c>.</summary>
    public int? Threshold { get; init; }

    /// <summary>The coverage the threshold applies to: <c>--threshold-type</c>.</summary>
    public CoverletThresholdType? ThresholdType { get; init; }

    /// <summary>Filters of modules and types to leave out (<c>[*]Generated.*</c>): <c>--exclude</c> each.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Filters of modules and types to measure (<c>[MyLib]*</c>): <c>--include</c> each.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Source files to leave out, as globs: <c>--exclude-by-file</c> each.</summary>
    public IReadOnlyList<string> ExcludeByFile { get; init; } = [];

    /// <summary>Print coverlet's version: <c>--version</c>.</summary>
    public bool? Version { get; init; }

    /// <summary>An earlier coverlet JSON result to merge into this one: <c>--merge-with</c>.</summary>
    public string? MergeWith { get; init; }

    /// <inheritdoc/>
    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add(Assembly)
            .Option("--target", Target)
            .Option("--targetargs", TargetArgs.Count == 0 ? null : string.Join(' ', TargetArgs.Select(Quoted)))
            .Option("--output", Output)
            .Repeated("--format", Format.Select(f => (string)f))
            .Option("--threshold", Threshold?.ToString(CultureInfo.InvariantCulture))
            .Option("--threshold-type", (string?)ThresholdType)
            .Repeated("--exclude", Exclude)
            .Repeated("--include", Include)
            .Repeated("--exclude-by-file", ExcludeByFile)
            .Flag("--version", Version)
            .Option("--merge-with", MergeWith);
    }

    // coverlet splits --targetargs on spaces (honouring double quotes), as a shell would.
    private static string Quoted(string argument) =>
        argument.Length == 0 || argument.Any(char.IsWhiteSpace) ? $"\"{argument}\"" : argument;
}
