namespace Automation;

/// <summary>
/// NUKE 9's names for showing a command's output and echoing its command line (<c>.DisableProcessOutputLogging()</c>,
/// <c>.SetProcessInvocationLogging(false)</c>); the same as the older <c>…ProcessLogOutput</c> and
/// <c>…ProcessLogInvocation</c> forms, on every tool's settings.
/// </summary>
public static class ProcessLoggingExtensions
{
    /// <summary>Shows (true) or hides (false) the command's output; it is returned either way.</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="value">Whether to show it; null shows it (the default).</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T SetProcessOutputLogging<T>(this T settings, bool? value)
        where T : ToolSettings => settings.SetProcessLogOutput(value);

    /// <summary>Shows the command's output.</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T EnableProcessOutputLogging<T>(this T settings)
        where T : ToolSettings => settings.EnableProcessLogOutput();

    /// <summary>Hides the command's output; it is returned either way.</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T DisableProcessOutputLogging<T>(this T settings)
        where T : ToolSettings => settings.DisableProcessLogOutput();

    /// <summary>Shows the command's output again (the default).</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T ResetProcessOutputLogging<T>(this T settings)
        where T : ToolSettings => settings.EnableProcessLogOutput();

    /// <summary>Echoes (true) or leaves out (false) the command line.</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="value">Whether to echo it; null echoes it (the default).</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T SetProcessInvocationLogging<T>(this T settings, bool? value)
        where T : ToolSettings => settings.SetProcessLogInvocation(value);

    /// <summary>Echoes the command line.</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T EnableProcessInvocationLogging<T>(this T settings)
        where T : ToolSettings => settings.SetProcessLogInvocation(true);

    /// <summary>Leaves the command line out of the output.</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T DisableProcessInvocationLogging<T>(this T settings)
        where T : ToolSettings => settings.SetProcessLogInvocation(false);

    /// <summary>Echoes the command line again (the default).</summary>
    /// <typeparam name="T">The settings record's type, which the method returns.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T ResetProcessInvocationLogging<T>(this T settings)
        where T : ToolSettings => settings.SetProcessLogInvocation(true);
}
