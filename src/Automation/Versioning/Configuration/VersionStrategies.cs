namespace Automation.Versioning.Configuration;

/// <summary>The base-version strategies (<c>strategies:</c>) the calculation may use.</summary>
[Flags]
internal enum VersionStrategies
{
    None = 0,
    Fallback = 1,
    ConfiguredNextVersion = 2,
    MergeMessage = 4,
    TaggedCommit = 8,
    TrackReleaseBranches = 16,
    VersionInBranchName = 32,

    /// <summary>GitVersion's Mainline strategy (the TrunkBased workflow); not among the defaults.</summary>
    Mainline = 64,
    All = Fallback | ConfiguredNextVersion | MergeMessage | TaggedCommit | TrackReleaseBranches | VersionInBranchName,
}
