namespace Automation.Versioning.Git;

/// <summary>
/// The commit graph in memory. Commits are kept in "date order": every commit comes before its parents, and
/// otherwise newer commits come first, so position 0 is the newest tip. Ancestry, merge bases and commit counts are
/// computed with single forward scans over that order and cached bitsets, never with per-commit git calls.
/// </summary>
internal sealed class CommitGraph
{
    private readonly GitCommit[] _commits;
    private readonly int[][] _parents;
    private readonly Dictionary<string, int> _bySha;
    private readonly Dictionary<int, CommitSet> _ancestors = [];
    private List<int>[]? _children;

    private CommitGraph(GitCommit[] commits, int[][] parents, Dictionary<string, int> bySha)
    {
        _commits = commits;
        _parents = parents;
        _bySha = bySha;
    }

    /// <summary>Number of commits.</summary>
    public int Count => _commits.Length;

    /// <summary>Builds the graph from commits in any order; parents missing from the list (shallow history) are dropped.</summary>
    public static CommitGraph Create(IReadOnlyList<GitCommit> input) => CommitGraphBuilder.Build(input);

    internal static CommitGraph FromOrdered(GitCommit[] ordered, int[][] parents, Dictionary<string, int> bySha) => new(ordered, parents, bySha);

    public GitCommit this[int index] => _commits[index];

    public IReadOnlyList<int> ParentsOf(int index) => _parents[index];

    public bool IsMerge(int index) => _parents[index].Length > 1;

    public long When(int index) => _commits[index].When;

    public bool TryFind(string sha, out int index) => _bySha.TryGetValue(sha, out index);

    /// <summary>Finds a commit by full sha.</summary>
    public int? Find(string sha) => _bySha.TryGetValue(sha, out var index) ? index : null;

    /// <summary>Whether <paramref name="a"/> is newer than <paramref name="b"/>: later committer time, then graph order.</summary>
    public bool IsNewer(int a, int b) => When(a) != When(b) ? When(a) > When(b) : a < b;

    /// <summary>The commit itself and everything reachable from it (cached).</summary>
    public CommitSet AncestorsOf(int tip)
    {
        if (_ancestors.TryGetValue(tip, out var cached))
        {
            return cached;
        }

        var set = new CommitSet(Count);
        set.Add(tip);
        for (var i = tip; i < Count; i++)
        {
            if (!set.Contains(i))
            {
                continue;
            }

            foreach (var parent in _parents[i])
            {
                set.Add(parent);
            }
        }

        _ancestors[tip] = set;
        return set;
    }

    /// <summary>Whether <paramref name="ancestor"/> is reachable from <paramref name="descendant"/> (or is it).</summary>
    public bool IsAncestor(int ancestor, int descendant) =>
        ancestor >= descendant && (ancestor == descendant || AncestorsOf(descendant).Contains(ancestor));

    /// <summary>The commits reachable from <paramref name="head"/> and not from <paramref name="excluded"/>.</summary>
    public CommitSet Range(int? excluded, int head) => AncestorsOf(head).Except(excluded is { } e ? AncestorsOf(e) : null);

    /// <summary>A best common ancestor of two commits, as <c>git merge-base</c> finds it, or null when unrelated.</summary>
    public int? MergeBase(int a, int b)
    {
        if (a == b)
        {
            return a;
        }

        // The first commit in graph order reachable from both: everything before it that is reachable from b is
        // not reachable from a, so this is what a walk from b stopping at a's history finds.
        return AncestorsOf(a).FirstCommon(AncestorsOf(b));
    }

    /// <summary>
    /// The newest commit reachable from <paramref name="head"/> but not from <paramref name="mergeBase"/> that has
    /// <paramref name="mergeBase"/> as a parent: a merge that brought the merge base forward.
    /// </summary>
    public int? ForwardMerge(int head, int mergeBase)
    {
        // The children of the merge base reachable from head (a child is never in its parent's history), first in
        // graph order: what a scan of the range in order finds first.
        var history = AncestorsOf(head);
        int? found = null;
        foreach (var child in ChildrenOf(mergeBase))
        {
            if (history.Contains(child) && (found is null || child < found))
            {
                found = child;
            }
        }

        return found;
    }

    private List<int> ChildrenOf(int index)
    {
        if (_children is null)
        {
            _children = new List<int>[Count];
            for (var i = 0; i < Count; i++)
            {
                _children[i] = [];
            }

            for (var i = 0; i < Count; i++)
            {
                foreach (var parent in _parents[i])
                {
                    _children[parent].Add(i);
                }
            }
        }

        return _children[index];
    }
}
