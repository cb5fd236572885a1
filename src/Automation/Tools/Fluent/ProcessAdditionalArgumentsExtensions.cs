namespace Automation;

/// <summary>
/// NUKE 9's names for arguments added after a tool's own (<c>ToolOptions.ProcessAdditionalArguments</c>):
/// <c>s.AddProcessAdditionalArguments("--report-trx", "--no-ansi")</c>. They are <see cref="ToolSettings.ExtraArguments"/>
/// here: each value is one argument, passed as it is (no shell, no splitting at spaces).
/// </summary>
public static class ProcessAdditionalArgumentsExtensions
{
    /// <summary>Replaces the additional arguments with <paramref name="arguments"/>.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">The arguments, one per value.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T SetProcessAdditionalArguments<T>(this T settings, params string[] arguments)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(arguments);
        return (T)((ToolSettings)settings with { ExtraArguments = [.. arguments] });
    }

    /// <summary>Adds <paramref name="arguments"/> after the additional arguments so far.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">The arguments, one per value.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T AddProcessAdditionalArguments<T>(this T settings, params string[] arguments)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(arguments);
        return (T)((ToolSettings)settings with { ExtraArguments = [.. settings.ExtraArguments, .. arguments] });
    }

    /// <summary>Removes every occurrence of <paramref name="arguments"/> from the additional arguments.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">The arguments to remove.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T RemoveProcessAdditionalArguments<T>(this T settings, params string[] arguments)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(arguments);
        return (T)((ToolSettings)settings with { ExtraArguments = [.. settings.ExtraArguments.Where(a => !arguments.Contains(a, StringComparer.Ordinal))] });
    }

    /// <summary>Removes all additional arguments.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <returns>Changed settings (records are immutable).</returns>
    public static T ClearProcessAdditionalArguments<T>(this T settings)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(settings);
        return (T)((ToolSettings)settings with { ExtraArguments = [] });
    }
}
