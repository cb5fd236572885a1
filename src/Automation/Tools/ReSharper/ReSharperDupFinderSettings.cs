using Automation.Tools;

namespace Automation;

/// <summary>
/// ReSharper's <c>dupfinder</c> (NUKE's <c>ReSharperDupFinderSettings</c>): finds duplicated code in a solution,
/// <c>s.SetSource(solution).SetOutputFile(report).EnableShowText()</c>. Options are written as the tool takes them,
/// <c>--name=value</c>, lists joined with <c>;</c>, the source last. Unlike <c>jb inspectcode</c> it takes none of the
/// settings-layer, include or plugin options.
/// </summary>
public sealed record ReSharperDupFinderSettings : ToolSettings
{
    /// <summary>What to search: a solution or project file, or files and folders as wildcards.</summary>
    public string? Source { get; init; }

    /// <summary>The XML report file (<c>--output=</c>).</summary>
    public string? OutputFile { get; init; }

    /// <summary>Files left out of the search, as wildcards (<c>--exclude=</c>).</summary>
    public IReadOnlyList<string> ExcludeFiles { get; init; } = [];

    /// <summary>Files whose opening comment contains one of these texts are left out (<c>--exclude-by-comment=</c>).</summary>
    public IReadOnlyList<string> ExcludeComments { get; init; } = [];

    /// <summary>Regions whose names contain one of these texts are left out (<c>--exclude-code-regions=</c>).</summary>
    public IReadOnlyList<string> ExcludeCodeRegions { get; init; } = [];

    /// <summary>Fragments that differ only in fields still count as duplicates (<c>--discard-fields</c>).</summary>
    public bool? DiscardFields { get; init; }

    /// <summary>Fragments that differ only in literals still count as duplicates (<c>--discard-literals</c>).</summary>
    public bool? DiscardLiterals { get; init; }

    /// <summary>Fragments that differ only in local variables still count as duplicates (<c>--discard-local-vars</c>).</summary>
    public bool? DiscardLocalVars { get; init; }

    /// <summary>Fragments that differ only in types still count as duplicates (<c>--discard-types</c>).</summary>
    public bool? DiscardTypes { get; init; }

    /// <summary>Fragments cheaper than this are no duplicates (<c>--discard-cost=</c>).</summary>
    public int? DiscardCost { get; init; }

    /// <summary>MSBuild properties (<c>--properties:Name=Value</c>, one per property).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Type names in the report are shortened to their last part (<c>--normalize-types</c>).</summary>
    public bool? NormalizeTypes { get; init; }

    /// <summary>The duplicated fragments' text goes into the report (<c>--show-text</c>).</summary>
    public bool? ShowText { get; init; }

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

    private protected override void AddArguments(ToolArguments arguments)
    {
        var source = Source ?? throw new InvalidOperationException("ReSharperDupFinder needs what to search: s.SetSource(Solution).");
        arguments.Joined("--output=", OutputFile)
            .Joined("--exclude=", Joined(ExcludeFiles))
            .Joined("--exclude-by-comment=", Joined(ExcludeComments))
            .Joined("--exclude-code-regions=", Joined(ExcludeCodeRegions))
            .Flag("--discard-fields", DiscardFields)
            .Flag("--discard-literals", DiscardLiterals)
            .Flag("--discard-local-vars", DiscardLocalVars)
            .Flag("--discard-types", DiscardTypes)
            .Joined("--discard-cost=", DiscardCost);
        foreach (var property in Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            arguments.Add($"--properties:{property.Key}={property.Value}");
        }

        arguments.Flag("--normalize-types", NormalizeTypes)
            .Flag("--show-text", ShowText)
            .Joined("--caches-home=", CachesHome)
            .Joined("--config-create=", CreateConfigFile)
            .Joined("--config=", ConfigFile)
            .Joined("--verbosity=", Verbosity)
            .Flag("--debug", Debug)
            .Add(source);
    }

    private static string? Joined(IEnumerable<string> values) => string.Join(';', values) is { Length: > 0 } text ? text : null;
}
