using Automation.Versioning.Configuration;
using Automation.Versioning.Git;
using Automation.Versioning.Strategies;

namespace Automation.Versioning.Calculation;

/// <summary>
/// On a main branch, the bump comes from what was merged: each branch merged along the first-parent history since
/// the version source contributes the increment of its own configuration (a feature merged into main bumps the
/// minor when features are <c>Minor</c>), and the main branch's own increment counts only when it has commits of
/// its own besides the merges. With <c>prevent-increment.of-merged-branch</c> the merged branch's increment replaces
/// the main branch's; otherwise the higher of the two is taken.
/// </summary>
internal static class MergedBranchIncrements
{
    public static List<VersionField> Find(VersionContext context, int? source, bool shouldIncrement, EffectiveConfiguration target, string? label, VersionField targetIncrement)
    {
        var graph = context.Graph;
        var range = graph.Range(source, context.CurrentCommit);
        var own = new HashSet<int>();
        var merges = new List<(int Commit, string Branch)>();
        for (int? commit = context.CurrentCommit; commit is { } c && c != source && range.Contains(c); commit = graph.ParentsOf(c).Count > 0 ? graph.ParentsOf(c)[0] : null)
        {
            own.Add(c);
            if (graph.ParentsOf(c).Count == 2 && context.MergeMessageOf(c) is { } message && message.MergedBranch.Length > 0)
            {
                merges.Add((c, message.MergedBranch));
            }
        }

        if (merges.Count == 0)
        {
            return [targetIncrement];
        }

        var increments = new List<VersionField>();
        var mergeCommits = merges.Select(m => m.Commit).ToHashSet();
        var ownIncrement = context.Increments.Determine(context.CurrentCommit, source, shouldIncrement, target, label, own);
        if (own.Any(c => !mergeCommits.Contains(c)) || context.Increments.FromMessages(context.CurrentCommit, target, source, label, mergeCommits) is not null)
        {
            increments.Add(ownIncrement);
        }

        foreach (var (commit, branch) in merges)
        {
            var (preventWhenMerged, merged) = Merged(context, commit, branch, target);
            foreach (var increment in merged)
            {
                increments.Add(Select(target.PreventIncrementOfMergedBranch, preventWhenMerged, ownIncrement, increment));
            }
        }

        return increments;
    }

    /// <summary>
    /// What one merge brings on its own: the increments of the merged branch's configurations. It does not depend on
    /// the version source, so it is computed once per merge and target configuration (every tag asks again).
    /// </summary>
    private static (bool? PreventWhenMerged, List<VersionField> Increments) Merged(VersionContext context, int commit, string branch, EffectiveConfiguration target)
    {
        if (!context.MergedIncrements.TryGetValue(target, out var byCommit))
        {
            context.MergedIncrements[target] = byCommit = [];
        }

        if (byCommit.TryGetValue(commit, out var cached))
        {
            return cached;
        }

        var graph = context.Graph;
        var parents = graph.ParentsOf(commit);
        var mergeBase = graph.MergeBase(parents[0], parents[1]);
        var branchConfiguration = context.Configuration.GetBranchConfiguration(branch);
        var preventWhenMerged = branchConfiguration.PreventIncrementWhenBranchMerged ?? context.Configuration.Root.PreventIncrementWhenBranchMerged;
        var increments = new List<VersionField>();
        foreach (var configuration in SourceConfigurations(context, branch, parents[1], branchConfiguration, target))
        {
            increments.Add(context.Increments.Determine(parents[1], mergeBase, true, configuration, BranchLabel.For(configuration, branch), null));
        }

        var result = (preventWhenMerged, increments);
        byCommit[commit] = result;
        return result;
    }

    private static VersionField Select(bool preventOfMergedBranch, bool? preventWhenBranchMerged, VersionField target, VersionField merged) =>
        preventOfMergedBranch
            ? (preventWhenBranchMerged == true ? target : merged)
            : (preventWhenBranchMerged is null ? (VersionField)Math.Max((int)target, (int)merged) : target);

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
