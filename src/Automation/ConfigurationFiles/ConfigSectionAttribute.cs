namespace Automation;

/// <summary>
/// Declares the type a configuration section binds to, the one a target reads with <c>ctx.Config&lt;T&gt;(name)</c>,
/// on the build class or on a component interface it implements: <c>[ConfigSection&lt;DeploySettings&gt;("deploy")]</c>.
/// It changes no value: it lets <c>automation :config</c> show a key that only an environment variable sets
/// (<c>AUTOMATION_DEPLOY__TIMEOUT_SECONDS</c>) in the type's spelling, <c>deploy.TimeoutSeconds</c>, where no
/// configuration file spells it.
/// </summary>
/// <typeparam name="TSettings">The section's type: its public properties (or their <c>[JsonPropertyName]</c>) are the keys.</typeparam>
/// <param name="name">The section's name, as the files write it (<c>deploy</c>).</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, AllowMultiple = true, Inherited = true)]
public sealed class ConfigSectionAttribute<TSettings>(string name) : Attribute, ConfigurationFiles.IConfigSectionDeclaration
{
    /// <summary>The section's name (<c>deploy</c>).</summary>
    public string Name { get; } = name;

    /// <summary>The section's type.</summary>
    public Type SettingsType => typeof(TSettings);
}
