using Automation.Tools;

namespace Automation;

/// <summary>What minver-cli computes the version with (its options).</summary>
public sealed record MinVerSettings : ToolSettings
{
    /// <summary>The part raised after a release tag: <c>--auto-increment</c>.</summary>
    public MinVerVersionPart? AutoIncrement { get; init; }

    /// <summary>Build metadata to append: <c>--build-metadata</c>.</summary>
    public string? BuildMetadata { get; init; }

    /// <summary>The pre-release identifiers of a version after a release tag: <c>--default-pre-release-identifiers</c>.</summary>
    public string? DefaultPreReleaseIdentifiers { get; init; }

    /// <summary>MinVer 4's name of the first pre-release identifier: <c>--default-pre-release-phase</c>.</summary>
    public string? DefaultPreReleasePhase { get; init; }

    /// <summary>The lowest <c>major.minor</c> to produce: <c>--minimum-major-minor</c>.</summary>
    public string? MinimumMajorMinor { get; init; }

    /// <summary>The prefix of version tags (<c>v</c>): <c>--tag-prefix</c>.</summary>
    public string? TagPrefix { get; init; }

    /// <summary>How much MinVer logs: <c>--verbosity</c>.</summary>
    public MinVerVerbosity? Verbosity { get; init; }

    /// <summary>NUKE: the framework folder of the minver-cli package to run. Tool resolution picks the one that runs here.</summary>
    public string? Framework { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Option("--auto-increment", AutoIncrement?.ToString().ToLowerInvariant()).Option("--build-metadata", BuildMetadata)
            .Option("--default-pre-release-identifiers", DefaultPreReleaseIdentifiers).Option("--default-pre-release-phase", DefaultPreReleasePhase)
            .Option("--minimum-major-minor", MinimumMajorMinor).Option("--tag-prefix", TagPrefix).Option("--verbosity", Verbosity?.ToString().ToLowerInvariant());
}

/// <summary>The version part minver raises after a release tag (<c>--auto-increment</c>).</summary>
public enum MinVerVersionPart
{
    /// <summary>The major number.</summary>
    Major,

    /// <summary>The minor number.</summary>
    Minor,

    /// <summary>The patch number (MinVer's default).</summary>
    Patch,
}

/// <summary>How much minver logs (<c>--verbosity</c>).</summary>
public enum MinVerVerbosity
{
    /// <summary>Errors only.</summary>
    Error,

    /// <summary>Warnings and errors.</summary>
    Warn,

    /// <summary>Progress (MinVer's default).</summary>
    Info,

    /// <summary>Details.</summary>
    Debug,

    /// <summary>Everything.</summary>
    Trace,
}
