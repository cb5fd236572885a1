namespace Automation;

/// <summary>
/// NUKE 8's names for showing a command's output (<c>ToolOptions.ProcessOutputLogging</c>):
/// <c>s.DisableProcessOutputLogging()</c>, the same as <c>DisableProcessLogOutput()</c>.
/// </summary>
public static class ProcessOutputLoggingExtensions
{
    /// <summary>Shows (true) or hides (false) the command's output.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="processOutputLogging">Whether the output is shown.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T SetProcessOutputLogging<T>(this T settings, bool? processOutputLogging)
        where T : ToolSettings => settings.SetProcessLogOutput(processOutputLogging);

    /// <summary>Shows the command's output.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T EnableProcessOutputLogging<T>(this T settings)
        where T : ToolSettings => settings.EnableProcessLogOutput();

    /// <summary>Hides the command's output.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T DisableProcessOutputLogging<T>(this T settings)
        where T : ToolSettings => settings.DisableProcessLogOutput();
}
