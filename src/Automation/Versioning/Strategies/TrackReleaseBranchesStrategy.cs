using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>
/// For a branch that tracks release branches (develop): every release branch's version is a base version,
/// incremented by the branch's increment and counted from where the release branch left this branch.
/// </summary>
internal sealed class TrackReleaseBranchesStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration)
    {
        if (!context.Configuration.Strategies.HasFlag(VersionStrategies.TrackReleaseBranches) || !configuration.Value.TracksReleaseBranches)
        {
            yield break;
        }

        var label = BranchLabel.For(configuration.Value, context.CurrentBranch.NameWithoutRemote);
        foreach (var release in context.Snapshot.Branches.Where(b => context.Configuration.IsReleaseBranch(b.NameWithoutRemote)))
        {
            var releaseConfiguration = new EffectiveBranch(context.EffectiveFor(release.NameWithoutRemote), release);
            if (!VersionInBranchNameStrategy.TryGet(context, releaseConfiguration, out var version))
            {
                continue;
            }

            var source = context.MergeBases.Find(release, context.CurrentBranch);
            var increment = context.Increments.Determine(source, shouldIncrement: true, configuration.Value, label);
            yield return new BaseVersion($"Release branch exists -> {release.Name}", version.Version, source, new VersionIncrement(increment, label));
        }
    }
}
