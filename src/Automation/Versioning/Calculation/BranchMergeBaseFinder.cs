using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// GitVersion's merge base of two branches: the merge base of their tips, moved back past "forward merges" (merges
/// of the base into the other branch), so that a release branch merged into develop still counts from where it
/// started. Cached per pair.
/// </summary>
internal sealed class BranchMergeBaseFinder(CommitGraph graph)
{
    private readonly Dictionary<(int, int), int?> _cache = [];

    public int? Find(GitBranch first, GitBranch second) => Find(first.Tip, second.Tip);

    public int? Find(int commit, int other)
    {
        if (_cache.TryGetValue((commit, other), out var cached))
        {
            return cached;
        }

        var toFind = other;
        if (graph.ParentsOf(toFind).Contains(commit))
        {
            toFind = graph.ParentsOf(toFind)[0];
        }

        var result = graph.MergeBase(commit, toFind);
        while (result is { } mergeBase && graph.ForwardMerge(toFind, mergeBase) is { } forward)
        {
            var second = graph.ParentsOf(forward)[0];
            var next = graph.MergeBase(commit, second);
            if (next == mergeBase)
            {
                break;
            }

            result = next;
            toFind = second;
        }

        _cache[(commit, other)] = result;
        return result;
    }
}
