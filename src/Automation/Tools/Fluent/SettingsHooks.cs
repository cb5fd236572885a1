namespace Automation;

/// <summary>
/// NUKE's <c>When</c> and <c>Apply</c> on the settings of every tool (<see cref="ToolSettings"/>: the <c>dotnet</c>
/// commands, ReportGenerator, the tool wrappers): change settings only under a condition
/// (<c>s.When(IsServerBuild, s =&gt; s.EnableContinuousIntegrationBuild())</c>), or with a shared hook
/// (<c>s.Apply(CompileSettingsBase)</c>).
/// </summary>
public static class SettingsHooks
{
    /// <summary>The settings changed by <paramref name="configurator"/> when <paramref name="condition"/> holds, else as they are.</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="condition">Whether to apply the change.</param>
    /// <param name="configurator">The change.</param>
    /// <returns>The (changed) settings.</returns>
    public static T When<T>(this T settings, bool condition, Configure<T> configurator)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return condition ? configurator(settings) : settings;
    }

    /// <summary>
    /// The settings changed by <paramref name="configurator"/> when <paramref name="condition"/> holds for them, else as
    /// they are: NUKE 8's form, <c>s.When(_ =&gt; IsServerBuild, s =&gt; s.SetLoggers("GitHubActions"))</c>, whose
    /// condition may look at the settings so far (<c>s.When(s =&gt; s.Configuration == "Release", …)</c>).
    /// </summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="condition">Whether to apply the change, asked of the settings so far.</param>
    /// <param name="configurator">The change.</param>
    /// <returns>The (changed) settings.</returns>
    public static T When<T>(this T settings, Func<T, bool> condition, Configure<T> configurator)
        where T : ToolSettings
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(configurator);
        return condition(settings) ? configurator(settings) : settings;
    }

    /// <summary>The settings changed by <paramref name="configurator"/> (nothing when it is null).</summary>
    /// <typeparam name="T">The settings record.</typeparam>
    /// <param name="settings">The settings.</param>
    /// <param name="configurator">The change.</param>
    /// <returns>The changed settings.</returns>
    public static T Apply<T>(this T settings, Configure<T>? configurator)
        where T : ToolSettings =>
        configurator is null ? settings : configurator(settings);
}
