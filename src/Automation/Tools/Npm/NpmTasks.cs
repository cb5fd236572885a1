using Automation.Tools;

namespace Automation;

/// <summary>
/// NUKE's npm tasks, run in the running target: <c>NpmCi(s =&gt; s.SetProcessWorkingDirectory(web))</c>,
/// <c>NpmRun(s =&gt; s.SetCommand("build"))</c> with <c>using static Automation.NpmTasks;</c>. npm is found as
/// <see cref="ITargetContext.ResolveTool"/> finds tools (<c>NPM_EXE</c>, PATH), unless the settings name it
/// (<c>SetProcessToolPath</c>).
/// </summary>
public sealed class NpmTasks : IRequireTool
{
    // Not static, so that [Requires<NpmTasks>] can name it; it has only static members.
    private NpmTasks()
    {
    }

    /// <summary>The tool name npm is resolved by.</summary>
    public const string ToolName = "npm";

    /// <summary>Runs <c>npm install</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> NpmInstall(Configure<NpmInstallSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(NpmInstall), ToolName, ToolTaskRunner.Apply(configurator, new NpmInstallSettings()));

    /// <summary>Runs <c>npm ci</c>.</summary>
    /// <param name="configurator">Changes the default settings.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> NpmCi(Configure<NpmCiSettings>? configurator = null) =>
        ToolTaskRunner.Run(nameof(NpmCi), ToolName, ToolTaskRunner.Apply(configurator, new NpmCiSettings()));

    /// <summary>Runs <c>npm run &lt;command&gt;</c>.</summary>
    /// <param name="configurator">Sets the script (<c>SetCommand</c>) and the rest.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> NpmRun(Configure<NpmRunSettings> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return ToolTaskRunner.Run(nameof(NpmRun), ToolName, configurator(new NpmRunSettings()));
    }

    /// <summary>Runs npm with a command line: <c>Npm("audit --omit dev")</c>.</summary>
    /// <param name="arguments">The arguments; each interpolated value becomes one argument.</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <returns>The output lines.</returns>
    public static IReadOnlyCollection<OutputLine> Npm(ArgumentStringHandler arguments, string? workingDirectory = null)
    {
        var context = CurrentTarget.Require(nameof(Npm));
        var tool = context.ResolveTool(ToolName);
        return OutputLine.Of(context.Run(tool.Program, tool.Arguments(Processes.CommandLineText.Split(arguments.ToStringAndClear())), new RunOptions { WorkingDirectory = workingDirectory }));
    }
}
