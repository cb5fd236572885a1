using Automation.Tools;

namespace Automation;

/// <summary>
/// <c>jb cleanupcode</c> (NUKE's <c>ReSharperCleanupCodeSettings</c>): reformats and cleans up a solution or project
/// with a cleanup profile, <c>s.SetTargetPath(solution).SetProfile("Built-in: Full Cleanup")</c>.
/// </summary>
public sealed record ReSharperCleanupCodeSettings : ReSharperSettingsBase
{
    /// <summary>The solution, project or files to clean up.</summary>
    public string? TargetPath { get; init; }

    /// <summary>The cleanup profile (<c>--profile=</c>).</summary>
    public string? Profile { get; init; }

    private protected override void AddArguments(ToolArguments arguments)
    {
        arguments.Add("cleanupcode", TargetPath ?? throw new InvalidOperationException("ReSharperCleanupCode needs the solution, project or files to clean up: s.SetTargetPath(Solution)."))
            .Joined("--profile=", Profile);
        AddCommonArguments(arguments);
    }
}
