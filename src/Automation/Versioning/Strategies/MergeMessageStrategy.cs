using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>
/// The version in the name of a merged release branch (<c>Merge branch 'release/2.0.0'</c>) is a base version, up to
/// five of them, newest first; incremented unless <c>prevent-increment.of-merged-branch</c>.
/// </summary>
internal sealed class MergeMessageStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration) =>
        Find(context, configuration).Take(5);

    private static IEnumerable<BaseVersion> Find(VersionContext context, EffectiveBranch configuration)
    {
        if (!context.Configuration.Strategies.HasFlag(VersionStrategies.MergeMessage) || !configuration.Value.TrackMergeMessage)
        {
            yield break;
        }

        var graph = context.Graph;
        var label = BranchLabel.For(configuration.Value, context.CurrentBranch.NameWithoutRemote);
        foreach (var commit in graph.AncestorsOf(context.CurrentCommit).Indexes())
        {
            if (context.IsIgnored(commit))
            {
                continue;
            }

            var isMerge = graph.IsMerge(commit);
            var message = MergeMessage.TryParse(graph[commit].Message, isMerge, context.Configuration);
            if (message?.Version is not { } version || !context.Configuration.IsReleaseBranch(message.MergedBranch))
            {
                continue;
            }

            var field = VersionField.None;
            if (!configuration.Value.PreventIncrementOfMergedBranch)
            {
                var parents = graph.ParentsOf(commit);
                var source = isMerge ? graph.MergeBase(parents[0], parents[1]) : commit;
                field = context.Increments.Determine(source, shouldIncrement: true, configuration.Value, label);
            }

            yield return new BaseVersion($"Merge message '{graph[commit].Message.Trim()}'", version, null, new VersionIncrement(field, label));
        }
    }
}
