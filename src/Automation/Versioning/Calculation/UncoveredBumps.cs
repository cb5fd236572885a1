using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// The bump messages that can still count for a label: those on commits reachable from the current commit and not
/// covered by a version tag of that label (a tagged commit and its history). The commits that count for a version
/// source are exactly these minus the source's history, so each bump level is present when one of its "tips" (bump
/// commits not in the history of another of the same level) is not reachable from the source. That makes a query
/// cost a few reachability checks instead of a walk of the history per tag.
/// </summary>
internal sealed class UncoveredBumps
{
    private readonly CommitGraph _graph;
    private readonly Dictionary<VersionField, List<int>> _tips = [];
    private readonly Dictionary<int, CommitSet> _descendants = [];

    public UncoveredBumps(CommitGraph graph, CommitSet uncovered, Func<int, VersionField?> increment, bool mergesOnly)
    {
        _graph = graph;
        var byLevel = new Dictionary<VersionField, List<int>>();
        foreach (var index in uncovered.Indexes())
        {
            if ((!mergesOnly || graph.IsMerge(index)) && increment(index) is { } field)
            {
                if (!byLevel.TryGetValue(field, out var list))
                {
                    byLevel[field] = list = [];
                }

                list.Add(index);
            }
        }

        foreach (var (field, commits) in byLevel)
        {
            var found = new List<int>();
            foreach (var commit in commits)
            {
                if (!found.Any(tip => graph.IsAncestor(commit, tip)))
                {
                    found.Add(commit);
                }
            }

            _tips[field] = found;
        }
    }

    /// <summary>The highest bump among the commits not reachable from <paramref name="source"/> (all of them for null).</summary>
    public VersionField? Highest(int? source)
    {
        foreach (var field in (VersionField[])[VersionField.Major, VersionField.Minor, VersionField.Patch, VersionField.None])
        {
            if (_tips.TryGetValue(field, out var list) && list.Any(tip => source is not { } s || !Descendants(tip).Contains(s)))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The commits from which <paramref name="commit"/> is reachable (itself included).</summary>
    private CommitSet Descendants(int commit)
    {
        if (_descendants.TryGetValue(commit, out var cached))
        {
            return cached;
        }

        var set = new CommitSet(_graph.Count);
        set.Add(commit);
        for (var i = commit - 1; i >= 0; i--)
        {
            foreach (var parent in _graph.ParentsOf(i))
            {
                if (set.Contains(parent))
                {
                    set.Add(i);
                    break;
                }
            }
        }

        _descendants[commit] = set;
        return set;
    }
}
