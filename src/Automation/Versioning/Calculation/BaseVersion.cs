using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>How a base version is to be incremented, and the commit counting starts from when it overrides the base's.</summary>
/// <remarks>A forced increment bumps the field of a pre-release version too (GitVersion's Mainline strategy).</remarks>
internal sealed record VersionIncrement(VersionField Field, string? Label, SemanticVersion? Alternative = null, int? Source = null, bool Force = false);

/// <summary>
/// A candidate version found by a strategy: the version, where it came from (for messages), the commit the
/// commits are counted from (null: the whole history) and how to increment it (null: take it as it is).
/// </summary>
internal sealed record BaseVersion(string Description, SemanticVersion Version, int? Source, VersionIncrement? Increment)
{
    /// <summary>The commit counting starts after.</summary>
    public int? CountFrom => Increment?.Source ?? Source;

    /// <summary>The version after applying <see cref="Increment"/>.</summary>
    public SemanticVersion Incremented() =>
        Increment is { } increment ? Version.Increment(increment.Field, increment.Label, increment.Force, increment.Alternative) : Version;
}

/// <summary>A base version incremented, with the effective configuration and branch it was found for.</summary>
internal sealed record NextVersion(SemanticVersion Incremented, BaseVersion Base, EffectiveConfiguration Configuration, Git.GitBranch Branch);
