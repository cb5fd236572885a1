using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// Finds the branches a branch was created from, as GitVersion does: candidates are the branches matching the
/// configured <c>source-branches</c>; each is paired with its merge base; a candidate whose merge base is already in
/// a newer candidate's history is dropped (unless that merge base was merged into the branch later); among
/// candidates sharing a merge base, those whose tip is that commit win.
/// </summary>
internal static class SourceBranchFinder
{
    public static List<GitBranch> Find(VersionContext context, GitBranch branch, ISet<string> excluded)
    {
        // The same branch is asked about again for every merge of it and every version source: compute it once.
        var key = (branch, string.Join('\n', excluded.Order(StringComparer.Ordinal)));
        if (!context.SourceBranches.TryGetValue(key, out var cached))
        {
            context.SourceBranches[key] = cached = Compute(context, branch, excluded);
        }

        return [.. cached];
    }

    private static List<GitBranch> Compute(VersionContext context, GitBranch branch, ISet<string> excluded)
    {
        var graph = context.Graph;
        var configuration = context.Configuration.GetBranchConfiguration(branch.NameWithoutRemote);
        var sourceConfigurations = (configuration.SourceBranches ?? [])
            .Select(context.Configuration.FindBranch)
            .OfType<Configuration.BranchConfiguration>()
            .ToList();

        var candidates = new List<(int Commit, GitBranch Branch)>();
        foreach (var candidate in AllBranches(context))
        {
            if (candidate.Name == branch.Name || excluded.Contains(candidate.Name) || candidate.NameWithoutRemote == branch.NameWithoutRemote
                || !sourceConfigurations.Any(c => c.IsMatch(candidate.NameWithoutRemote)))
            {
                continue;
            }

            if (context.MergeBases.Find(branch, candidate) is { } mergeBase)
            {
                candidates.Add((mergeBase, candidate));
            }
        }

        candidates = [.. candidates.Select((c, order) => (c, order))
            .OrderByDescending(x => graph.When(x.c.Commit)).ThenBy(x => x.c.Commit).ThenBy(x => x.order).Select(x => x.c)];

        var kept = RemoveFoundInOthers(context, branch, candidates);
        var result = new List<GitBranch>();
        foreach (var group in kept.GroupBy(c => c.Commit))
        {
            var atTip = group.Where(c => c.Branch.Tip == group.Key).Select(c => c.Branch).ToList();
            foreach (var source in atTip.Count > 0 ? atTip : group.Select(c => c.Branch))
            {
                if (!result.Contains(source))
                {
                    result.Add(source);
                }
            }
        }

        return result;
    }

    /// <summary>The repository's branches (the one being looked at is skipped by name).</summary>
    public static IEnumerable<GitBranch> AllBranches(VersionContext context) => context.Snapshot.Branches;

    private static List<(int Commit, GitBranch Branch)> RemoveFoundInOthers(VersionContext context, GitBranch branch, List<(int Commit, GitBranch Branch)> candidates)
    {
        var graph = context.Graph;
        var history = graph.AncestorsOf(branch.Tip);
        // The merges on the branch, by parent: one walk of the history instead of one per candidate.
        var mergesByParent = new Dictionary<int, List<int>>();
        foreach (var commit in history.Indexes())
        {
            if (!graph.IsMerge(commit))
            {
                continue;
            }

            foreach (var parent in graph.ParentsOf(commit))
            {
                if (!mergesByParent.TryGetValue(parent, out var merges))
                {
                    mergesByParent[parent] = merges = [];
                }

                merges.Add(commit);
            }
        }

        var ignored = new HashSet<(int, GitBranch)>();
        foreach (var candidate in candidates)
        {
            // A merge on the branch that has the merge base as a parent: the candidate was merged in, keep it.
            if (mergesByParent.TryGetValue(candidate.Commit, out var merges) && merges.Any(commit => graph.IsNewer(commit, candidate.Commit)))
            {
                ignored.Add(candidate);
            }
        }

        var removed = new HashSet<(int, GitBranch)>();
        var tipHistories = candidates.Select(c => graph.AncestorsOf(c.Branch.Tip)).ToArray();
        foreach (var item in candidates.Skip(1).Reverse().Where(c => !ignored.Contains(c)))
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                var other = candidates[i];
                if (other.Commit == item.Commit)
                {
                    break;
                }

                if (tipHistories[i].Contains(item.Commit) && !removed.Contains(other))
                {
                    removed.Add(item);
                    break;
                }
            }
        }

        return [.. candidates.Where(c => !removed.Contains(c))];
    }
}
