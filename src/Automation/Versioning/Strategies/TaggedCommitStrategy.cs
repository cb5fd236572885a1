using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>
/// A version tag the branch can see (not newer than the current commit) is a base version, incremented, counted from
/// the tagged commit. Tags of other labels newer than it only raise the version (alternatives).
/// </summary>
internal sealed class TaggedCommitStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration)
    {
        if (!context.Configuration.Strategies.HasFlag(VersionStrategies.TaggedCommit))
        {
            yield break;
        }

        var label = BranchLabel.For(configuration.Value, context.CurrentBranch.NameWithoutRemote);
        var tags = TaggedVersionQuery.Find(context, context.CurrentBranch, null, configuration.Value.TagSources())
            .Select(item => item.Tag)
            .Distinct()
            .ToList();
        var alternatives = new List<SemanticVersion>();
        foreach (var tag in tags)
        {
            if (!tag.Version.MatchesLabel(label))
            {
                alternatives.Add(tag.Version);
                continue;
            }

            var increment = context.Increments.Determine(tag.Commit, shouldIncrement: true, configuration.Value, label);
            var alternative = alternatives.Count == 0 ? null : alternatives.Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b);
            yield return new BaseVersion($"Git tag '{tag.TagName}'", tag.Version, tag.Commit, new VersionIncrement(increment, label, alternative));
            alternatives.Clear();
        }
    }
}
