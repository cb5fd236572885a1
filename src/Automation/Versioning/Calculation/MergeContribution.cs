using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// What one merge into a main branch brings on its own: the increments of the merged branch's configurations (that
/// branch's own, else those of the branches it came from), counted from the merge base, and whether the merged
/// branch's configuration prevents its increment when merged. It does not depend on the version source.
/// </summary>
internal static class MergeContribution
{
    public static (bool? PreventWhenMerged, List<VersionField> Increments) Of(VersionContext context, int commit, string branch, EffectiveConfiguration target)
    {
        var graph = context.Graph;
        var parents = graph.ParentsOf(commit);
        var mergeBase = graph.MergeBase(parents[0], parents[1]);
        var branchConfiguration = context.Configuration.GetBranchConfiguration(branch);
        var preventWhenMerged = branchConfiguration.PreventIncrementWhenBranchMerged ?? context.Configuration.Root.PreventIncrementWhenBranchMerged;
        var increments = new List<VersionField>();
        foreach (var configuration in SourceConfigurations(context, branch, parents[1], branchConfiguration, target))
        {
            increments.Add(context.Increments.Determine(parents[1], mergeBase, true, configuration, BranchLabel.For(configuration, branch)));
        }

        return (preventWhenMerged, increments);
    }

    private static IEnumerable<EffectiveConfiguration> SourceConfigurations(
        VersionContext context, string branch, int tip, BranchConfiguration branchConfiguration, EffectiveConfiguration target)
    {
        var existing = context.Snapshot.Branches.Where(b => b.NameWithoutRemote == branch && b.Tip == tip).OrderBy(b => b.IsRemote).FirstOrDefault();
        if (existing is not null)
        {
            var found = EffectiveBranchFinder.Find(context, existing).Select(e => e.Value).Distinct().ToList();
            if (found.Count > 0)
            {
                return found;
            }
        }

        if (branchConfiguration.Increment is not (null or IncrementStrategy.Inherit))
        {
            return [context.EffectiveFor(branch)];
        }

        var closest = ClosestSourceBranches(context, tip, branchConfiguration)
            .SelectMany(source => EffectiveBranchFinder.Find(context, source))
            .Select(source => new EffectiveConfiguration(context.Configuration, branchConfiguration, source.Value))
            .Distinct()
            .ToList();
        return closest.Count > 0 ? closest : [new EffectiveConfiguration(context.Configuration, branchConfiguration, target)];
    }

    private static List<GitBranch> ClosestSourceBranches(VersionContext context, int tip, BranchConfiguration branchConfiguration)
    {
        var graph = context.Graph;
        var sources = (branchConfiguration.SourceBranches ?? []).Select(context.Configuration.FindBranch).OfType<BranchConfiguration>().ToList();
        var candidates = context.Snapshot.Branches
            .Where(b => b.NameWithoutRemote != context.CurrentBranch.NameWithoutRemote && sources.Any(s => s.IsMatch(b.NameWithoutRemote)))
            .GroupBy(b => b.NameWithoutRemote, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(b => b.IsRemote).First());
        var best = int.MaxValue;
        var result = new List<GitBranch>();
        foreach (var candidate in candidates)
        {
            var history = FirstParents(graph, candidate.Tip);
            var distance = 0;
            for (int? commit = tip; commit is { } c; commit = graph.ParentsOf(c).Count > 0 ? graph.ParentsOf(c)[0] : null, distance++)
            {
                if (history.Contains(c))
                {
                    if (distance < best)
                    {
                        best = distance;
                        result.Clear();
                    }

                    if (distance == best)
                    {
                        result.Add(candidate);
                    }

                    break;
                }
            }
        }

        return result;
    }

    private static HashSet<int> FirstParents(CommitGraph graph, int tip)
    {
        var result = new HashSet<int>();
        for (int? commit = tip; commit is { } c; commit = graph.ParentsOf(c).Count > 0 ? graph.ParentsOf(c)[0] : null)
        {
            result.Add(c);
        }

        return result;
    }
}
