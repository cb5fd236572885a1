namespace Automation;

/// <summary>Runs ReportGenerator (coverage reports) from a target.</summary>
public static class ReportGeneratorExtensions
{
    /// <summary>The tool name ReportGenerator is resolved by (its command; override with <c>REPORTGENERATOR_EXE</c>).</summary>
    public const string ToolName = "reportgenerator";

    /// <summary>
    /// Resolves ReportGenerator (<see cref="ToolSettings.ToolPath"/>, then <see cref="ITargetContext.ResolveTool"/>'s
    /// order) and runs it: <c>ctx.ReportGenerator(s =&gt; s with { Reports = ["coverage.xml"], TargetDirectory = "report" })</c>.
    /// </summary>
    /// <param name="context">The running target.</param>
    /// <param name="configure">Sets up the run, starting from defaults.</param>
    /// <param name="options">How to run the command (working directory, timeout, ...); when null, the settings' <see cref="ToolSettings.Run"/>. The settings' <see cref="ToolSettings.WorkingDirectory"/> applies either way.</param>
    /// <returns>The finished command.</returns>
    /// <exception cref="ArgumentException">No report files or no target directory were given.</exception>
    /// <exception cref="ToolNotFoundException">ReportGenerator was not found.</exception>
    public static CommandResult ReportGenerator(this ITargetContext context, Func<ReportGeneratorSettings, ReportGeneratorSettings> configure, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(configure);
        var settings = configure(new ReportGeneratorSettings());
        if (settings.Reports.Count == 0 || string.IsNullOrWhiteSpace(settings.TargetDirectory))
        {
            throw new ArgumentException("ReportGenerator needs Reports (coverage files) and a TargetDirectory.", nameof(configure));
        }

        var tool = context.ResolveTool(ToolName, settings.ToolPath);
        var run = (options is null ? settings : settings with { Run = options }).ToRunOptions();
        return context.Run(tool.Program, tool.Arguments(settings.ToArguments()), run);
    }
}
