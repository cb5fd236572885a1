using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>Where a branch looks for version tags (GitVersion's tagged semantic version sources).</summary>
[Flags]
internal enum TagSources
{
    /// <summary>Tags on the branch's own history.</summary>
    OfBranch = 1,

    /// <summary>Tags on merge commits one of whose parents is on the branch (<c>track-merge-target</c>).</summary>
    OfMergeTargets = 2,

    /// <summary>Tags on main branches (for branches that are neither main nor release branches).</summary>
    OfMainBranches = 4,

    /// <summary>Tags on release branches (<c>tracks-release-branches</c>).</summary>
    OfReleaseBranches = 8,
}

/// <summary>Derives the <see cref="TagSources"/> of an effective configuration.</summary>
internal static class TagSourcesExtensions
{
    public static TagSources TagSources(this EffectiveConfiguration configuration)
    {
        var sources = Calculation.TagSources.OfBranch;
        if (configuration.TrackMergeTarget)
        {
            sources |= Calculation.TagSources.OfMergeTargets;
        }

        if (configuration.TracksReleaseBranches)
        {
            sources |= Calculation.TagSources.OfReleaseBranches;
        }

        if (!configuration.IsMainBranch && !configuration.IsReleaseBranch)
        {
            sources |= Calculation.TagSources.OfMainBranches;
        }

        return sources;
    }
}
