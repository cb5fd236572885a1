namespace Automation.Versioning.Calculation;

/// <summary>
/// The first-parent history of the current commit, by position (0 is the current commit), and the merges on it that
/// name the branch they merged. The walk "down the first parents until a commit in the history of the version source"
/// is a prefix of it whose length <see cref="LengthUntil"/> reads from a table, so every version source (one per
/// tag) is answered without a walk of its own.
/// </summary>
internal sealed class FirstParentHistory
{
    private readonly List<int> _commits = [];

    /// <summary>Per commit of the graph: the first position whose commit is in its history (the history's length when none is).</summary>
    private readonly int[] _firstReachable;

    /// <summary>Per prefix length: how many of <see cref="Merges"/> it holds.</summary>
    private readonly int[] _mergesWithin;

    public FirstParentHistory(VersionContext context)
    {
        var graph = context.Graph;
        for (int? commit = context.CurrentCommit; commit is { } c; commit = graph.ParentsOf(c).Count > 0 ? graph.ParentsOf(c)[0] : null)
        {
            _commits.Add(c);
        }

        // The positions in a commit's history form a suffix (the parent of a commit in it is in it too), so its first
        // one is the lowest found among the commit and its parents; parents come after their children in graph order.
        _firstReachable = new int[graph.Count];
        Array.Fill(_firstReachable, _commits.Count);
        for (var position = 0; position < _commits.Count; position++)
        {
            _firstReachable[_commits[position]] = position;
        }

        for (var commit = graph.Count - 1; commit >= 0; commit--)
        {
            foreach (var parent in graph.ParentsOf(commit))
            {
                _firstReachable[commit] = Math.Min(_firstReachable[commit], _firstReachable[parent]);
            }
        }

        _mergesWithin = new int[_commits.Count + 1];
        for (var position = 0; position < _commits.Count; position++)
        {
            var commit = _commits[position];
            if (graph.ParentsOf(commit).Count == 2 && context.MergeMessageOf(commit) is { } message && message.MergedBranch.Length > 0)
            {
                Merges.Add((commit, message.MergedBranch));
            }

            _mergesWithin[position + 1] = Merges.Count;
        }
    }

    /// <summary>The commits, newest first.</summary>
    public IReadOnlyList<int> Commits => _commits;

    /// <summary>The merges that name the merged branch, newest first.</summary>
    public List<(int Commit, string Branch)> Merges { get; } = [];

    /// <summary>
    /// How many commits, from the current one, are not in the history of <paramref name="source"/> (all of them for
    /// null): the first parents walked from the current commit until the source's history.
    /// </summary>
    public int LengthUntil(int? source) => source is { } s ? _firstReachable[s] : _commits.Count;

    /// <summary>How many of <see cref="Merges"/> are among the first <paramref name="length"/> commits.</summary>
    public int MergesWithin(int length) => _mergesWithin[length];
}
