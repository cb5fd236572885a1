namespace Automation.Tools;

/// <summary>Runs a NUKE-style static tool task in the running target: resolves the tool, then runs it with the settings.</summary>
internal static class ToolTaskRunner
{
    /// <summary>Runs <paramref name="toolName"/> for <paramref name="caller"/> (the task's name, for the message outside a target).</summary>
    /// <exception cref="ToolNotFoundException">The tool was not found; the message names the package to add.</exception>
    public static IReadOnlyCollection<OutputLine> Run(string caller, string toolName, ToolSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var context = CurrentTarget.Require(caller);
        var tool = context.ResolveTool(toolName, settings.ToolPath);
        return OutputLine.Of(context.Run(tool.Program, tool.Arguments(settings.ToArguments()), settings.ToRunOptions()));
    }

    /// <summary>The configured settings, or the defaults when there is no configurator.</summary>
    public static T Apply<T>(Configure<T>? configurator, T settings) => configurator is null ? settings : configurator(settings);
}
