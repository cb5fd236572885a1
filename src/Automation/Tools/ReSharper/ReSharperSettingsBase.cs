using Automation.Tools;

namespace Automation;

/// <summary>
/// What ReSharper's command-line tools share (NUKE's <c>ReSharperSettingsBase</c> with its common option sets): the
/// settings layers, the MSBuild options, the files included, logging and the plugins. Options are written as the tools
/// take them, <c>--name=value</c>; lists joined with <c>;</c>.
/// </summary>
public abstract record ReSharperSettingsBase : ToolSettings
{
    // Only this assembly derives: each command renders its own arguments.
    private protected ReSharperSettingsBase()
    {
    }

    /// <summary>
    /// ReSharper extensions to load, by package id and version (NUKE's <c>AddPlugin(id, version)</c>): passed as
    /// <c>--eXtensions=id;…</c>, with which the tool downloads them from JetBrains Marketplace itself. The tool takes
    /// the newest version compatible with it; the version here is not passed (NUKE pinned it by downloading the package
    /// into a copy of the tool).
    /// </summary>
    public IReadOnlyDictionary<string, string> Plugins { get; init; } = new Dictionary<string, string>();

    /// <summary>A <c>.DotSettings</c> file that overrides all other settings (<c>--settings=</c>).</summary>
    public string? Settings { get; init; }

    /// <summary>Settings layers not to read (<c>--disable-settings-layers=</c>).</summary>
    public IReadOnlyList<ReSharperSettingsLayers> DisableSettingsLayers { get; init; } = [];

    /// <summary>Read no settings profiles at all (<c>--no-buildin-settings</c>).</summary>
    public bool? NoBuiltinSettings { get; init; }

    /// <summary>Where the caches go (<c>--caches-home=</c>).</summary>
    public string? CachesHome { get; init; }

    /// <summary>Saves the options to a configuration file (<c>--config-create=</c>).</summary>
    public string? CreateConfigFile { get; init; }

    /// <summary>Reads the options from a configuration file (<c>--config=</c>).</summary>
    public string? ConfigFile { get; init; }

    /// <summary>How much the tool logs (<c>--verbosity=</c>).</summary>
    public ReSharperVerbosity? Verbosity { get; init; }

    /// <summary>Adds execution details to the output (<c>--debug</c>).</summary>
    public bool? Debug { get; init; }

    /// <summary>MSBuild properties (<c>--properties:Name=Value</c>, one per property).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>The MSBuild toolset version (<c>--toolset=</c>, <c>15.0</c>).</summary>
    public string? Toolset { get; init; }

    /// <summary>The MSBuild to use (<c>--toolset-path=</c>).</summary>
    public string? ToolsetPath { get; init; }

    /// <summary>The dotnet executable that loads the projects (<c>--dotnetcore=</c>).</summary>
    public string? DotNetCore { get; init; }

    /// <summary>The .NET SDK version that loads the projects (<c>--dotnetcoresdk=</c>).</summary>
    public string? DotNetCoreSdk { get; init; }

    /// <summary>Mono, where it runs on Mono (<c>--mono=</c>).</summary>
    public string? MonoPath { get; init; }

    /// <summary>MSBuild targets run to resolve references (<c>--targets-for-references=</c>).</summary>
    public IReadOnlyList<string> ReferenceTargets { get; init; } = [];

    /// <summary>MSBuild targets run to resolve items (<c>--targets-for-items=</c>).</summary>
    public IReadOnlyList<string> ItemTargets { get; init; } = [];

    /// <summary>Files to include, as wildcards (<c>--include=</c>).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Files to exclude, as wildcards (<c>--exclude=</c>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Adds the options this base declares, after the command's own.</summary>
    private protected void AddCommonArguments(ToolArguments arguments)
    {
        arguments.Joined("--settings=", Settings)
            .Joined("--disable-settings-layers=", Joined(DisableSettingsLayers.Select(layer => layer.ToString())))
            .Flag("--no-buildin-settings", NoBuiltinSettings)
            .Joined("--caches-home=", CachesHome)
            .Joined("--config-create=", CreateConfigFile)
            .Joined("--config=", ConfigFile)
            .Joined("--verbosity=", Verbosity)
            .Flag("--debug", Debug);
        foreach (var property in Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            arguments.Add($"--properties:{property.Key}={property.Value}");
        }

        arguments.Joined("--toolset=", Toolset)
            .Joined("--toolset-path=", ToolsetPath)
            .Joined("--dotnetcore=", DotNetCore)
            .Joined("--dotnetcoresdk=", DotNetCoreSdk)
            .Joined("--mono=", MonoPath)
            .Joined("--targets-for-references=", Joined(ReferenceTargets))
            .Joined("--targets-for-items=", Joined(ItemTargets))
            .Joined("--include=", Joined(Include))
            .Joined("--exclude=", Joined(Exclude))
            .Joined("--eXtensions=", Joined(Plugins.Keys.Order(StringComparer.Ordinal)));
    }

    private static string? Joined(IEnumerable<string> values) => string.Join(';', values) is { Length: > 0 } text ? text : null;
}
