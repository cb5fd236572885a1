namespace Automation;

/// <summary>
/// NUKE's static form of ReportGenerator, run through the running target as <see cref="ReportGeneratorExtensions.ReportGenerator"/>
/// is: <c>ReportGenerator(s =&gt; s.SetReports(coverageFiles).SetTargetDirectory(reportDirectory))</c> with
/// <c>using static Automation.ReportGeneratorTasks;</c>. The tool is found as <see cref="ITargetContext.ResolveTool"/> finds
/// tools (a <c>&lt;PackageDownload Include="ReportGenerator" …/&gt;</c> of the build project, a local tool, PATH).
/// </summary>
public sealed class ReportGeneratorTasks : IRequireTool
{
    // Not static, so that [Requires<ReportGeneratorTasks>] can name it; it has only static members.
    private ReportGeneratorTasks()
    {
    }

    /// <summary>Runs ReportGenerator in the running target.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    /// <exception cref="ArgumentException">No report files or no target directory were given.</exception>
    /// <exception cref="ToolNotFoundException">ReportGenerator was not found.</exception>
    public static IReadOnlyCollection<OutputLine> ReportGenerator(Configure<ReportGeneratorSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var context = CurrentTarget.Require(nameof(ReportGenerator));
        return OutputLine.Of(context.ReportGenerator(settings => configurator(settings)));
    }
}
