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
        var ignored = new HashSet<(int, GitBranch)>();
        foreach (var candidate in candidates)
        {
            // A merge on the branch that has the merge base as a parent: the candidate was merged in, keep it.
            foreach (var commit in history.Indexes())
            {
                if (graph.IsNewer(commit, candidate.Commit) && graph.IsMerge(commit) && graph.ParentsOf(commit).Contains(candidate.Commit))
                {
                    ignored.Add(candidate);
                    break;
                }
            }
        }

        var removed = new HashSet<(int, GitBranch)>();
        foreach (var item in candidates.Skip(1).Reverse().Where(c => !ignored.Contains(c)))
        {
            foreach (var other in candidates)
            {
                if (other.Commit == item.Commit)
                {
                    break;
                }

                if (!removed.Contains(other) && graph.IsAncestor(item.Commit, other.Branch.Tip))
                {
                    removed.Add(item);
                    break;
                }
            }
        }

        return [.. candidates.Where(c => !removed.Contains(c))];
    }
}
