using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// The branches a branch may have been created from, worked out once per branch: every branch matching the configured
/// <c>source-branches</c>, paired with its merge base and ordered newest merge base first. Which of them are the source
/// branches depends on the branches excluded (those already traversed), which vary from one question to the next; so
/// the exclusion is applied afterwards by <see cref="Select"/>, which only counts, per candidate, the excluded branches
/// among those that would hide it.
/// </summary>
internal sealed class SourceBranchCandidates
{
    private readonly List<(int MergeBase, GitBranch Branch)> _candidates;

    /// <summary>Per candidate: the history of its tip.</summary>
    private readonly CommitSet[] _tipHistories;

    /// <summary>Per candidate: whether it was merged into the branch after its merge base, which keeps it even when hidden.</summary>
    private readonly bool[] _mergedIn;

    /// <summary>Per candidate: how many newer candidates have its merge base in their history (each hides it).</summary>
    private readonly int[] _hiddenBy;

    public SourceBranchCandidates(VersionContext context, GitBranch branch)
    {
        var graph = context.Graph;
        var configuration = context.Configuration.GetBranchConfiguration(branch.NameWithoutRemote);
        var sourceConfigurations = (configuration.SourceBranches ?? [])
            .Select(context.Configuration.FindBranch)
            .OfType<Configuration.BranchConfiguration>()
            .ToList();

        var found = new List<(int MergeBase, GitBranch Branch)>();
        foreach (var candidate in context.Snapshot.Branches)
        {
            if (candidate.Name == branch.Name || candidate.NameWithoutRemote == branch.NameWithoutRemote
                || !sourceConfigurations.Any(c => c.IsMatch(candidate.NameWithoutRemote)))
            {
                continue;
            }

            if (context.MergeBases.Find(branch, candidate) is { } mergeBase)
            {
                found.Add((mergeBase, candidate));
            }
        }

        _candidates = [.. found.Select((c, order) => (c, order))
            .OrderByDescending(x => graph.When(x.c.MergeBase)).ThenBy(x => x.c.MergeBase).ThenBy(x => x.order).Select(x => x.c)];
        _tipHistories = [.. _candidates.Select(c => graph.AncestorsOf(c.Branch.Tip))];
        _mergedIn = MergedIn(graph, branch, _candidates);
        _hiddenBy = new int[_candidates.Count];
        for (var item = 0; item < _candidates.Count; item++)
        {
            for (var other = 0; other < item; other++)
            {
                if (Hides(other, item))
                {
                    _hiddenBy[item]++;
                }
            }
        }
    }

    /// <summary>Every candidate with its merge base, newest merge base first (GitVersion's branches a branch was branched from).</summary>
    public IReadOnlyList<(int MergeBase, GitBranch Branch)> All => _candidates;

    /// <summary>
    /// The source branches when the branches named in <paramref name="excluded"/> are left out: a candidate hidden by a
    /// newer one that is not excluded is dropped (unless merged in); among those sharing a merge base, the ones whose tip
    /// is that commit win.
    /// </summary>
    public List<GitBranch> Select(ISet<string> excluded)
    {
        var excludedCandidates = Enumerable.Range(0, _candidates.Count).Where(i => excluded.Contains(_candidates[i].Branch.Name)).ToList();
        var kept = new List<(int MergeBase, GitBranch Branch)>();
        for (var item = 0; item < _candidates.Count; item++)
        {
            if (excludedCandidates.Contains(item))
            {
                continue;
            }

            if (_mergedIn[item] || excludedCandidates.Count(other => Hides(other, item)) == _hiddenBy[item])
            {
                kept.Add(_candidates[item]);
            }
        }

        var result = new List<GitBranch>();
        foreach (var group in kept.GroupBy(c => c.MergeBase))
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

    /// <summary>
    /// Whether candidate <paramref name="other"/> hides <paramref name="item"/>: it comes first with another merge base
    /// (candidates sharing a merge base are adjacent) and that merge base is in the history of its tip.
    /// </summary>
    private bool Hides(int other, int item) =>
        other < item && _candidates[other].MergeBase != _candidates[item].MergeBase
        && _tipHistories[other].Contains(_candidates[item].MergeBase);

    /// <summary>Per candidate: whether a merge on the branch, newer than its merge base, has that merge base as a parent.</summary>
    private static bool[] MergedIn(CommitGraph graph, GitBranch branch, List<(int MergeBase, GitBranch Branch)> candidates)
    {
        // The merges on the branch, by parent: one walk of the history instead of one per candidate.
        var mergesByParent = new Dictionary<int, List<int>>();
        foreach (var commit in graph.AncestorsOf(branch.Tip).Indexes())
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

        return [.. candidates.Select(c => mergesByParent.TryGetValue(c.MergeBase, out var merges) && merges.Any(commit => graph.IsNewer(commit, c.MergeBase)))];
    }
}
