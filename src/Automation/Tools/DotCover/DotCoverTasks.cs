using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's <c>DotCoverTasks</c>: JetBrains dotCover's command line from the running target, <c>DotCoverCover(...)</c> and
/// <c>DotCoverReport(...)</c> with <c>using static Automation.DotCoverTasks;</c>. dotCover is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>DOTCOVER_EXE</c>, <c>SetProcessToolPath</c>, a
/// <c>&lt;PackageDownload Include="JetBrains.dotCover.CommandLineTools" …/&gt;</c>, PATH); when it is missing the error
/// names that package.
/// </summary>
public sealed class DotCoverTasks : IRequireTool
{
    // Not static, so that [Requires<DotCoverTasks>] can name it; it has only static members.
    private DotCoverTasks()
    {
    }

    /// <summary>The tool name dotCover is resolved by.</summary>
    public const string ToolName = "dotCover";

    /// <summary>Runs <c>dotCover cover</c>.</summary>
    /// <param name="configurator">Sets the program to cover and the output.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">dotCover was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DotCoverCover(Configure<DotCoverCoverSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(DotCoverCover), ToolName, configurator(new DotCoverCoverSettings()));
    }

    /// <summary>Runs <c>dotCover report</c>.</summary>
    /// <param name="configurator">Sets the snapshots, the output and the format.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ToolNotFoundException">dotCover was not found.</exception>
    public static IReadOnlyCollection<OutputLine> DotCoverReport(Configure<DotCoverReportSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(DotCoverReport), ToolName, configurator(new DotCoverReportSettings()));
    }
}
