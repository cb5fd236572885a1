using System.ComponentModel;

namespace Automation;

/// <summary>
/// NUKE's <c>Configuration</c>: the build configuration as a parameter, <c>Debug</c> or <c>Release</c>
/// (<c>[Parameter] readonly Configuration Configuration = IsLocalBuild ? Configuration.Debug : Configuration.Release;</c>),
/// passed on as its text (<c>.SetConfiguration(Configuration)</c>). NUKE up to 0.2x shipped it in <c>Nuke.Common</c>;
/// later templates write the same class into the build project (<c>build/Configuration.cs</c>), and a build's own
/// <c>Configuration</c> wins over this one, so both kinds of build compile unchanged.
/// </summary>
[TypeConverter(typeof(TypeConverter<Configuration>))]
public sealed class Configuration : Enumeration
{
    // Debug and Release are the only values (as NUKE's); a build needing more writes its own Configuration class.
    private Configuration()
    {
    }

    /// <summary>The <c>Debug</c> configuration.</summary>
    public static Configuration Debug { get; } = new() { Value = nameof(Debug) };

    /// <summary>The <c>Release</c> configuration.</summary>
    public static Configuration Release { get; } = new() { Value = nameof(Release) };

    /// <summary>The configuration's name, as <c>dotnet build --configuration</c> takes it.</summary>
    /// <param name="configuration">The configuration.</param>
    public static implicit operator string(Configuration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.Value;
    }
}
