namespace Automation.Versioning.Git;

/// <summary>Orders commits children-before-parents, newest first among the ready ones (git's <c>--date-order</c>).</summary>
internal static class CommitGraphBuilder
{
    public static CommitGraph Build(IReadOnlyList<GitCommit> input)
    {
        var position = new Dictionary<string, int>(input.Count, StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            position.TryAdd(input[i].Sha, i);
        }

        var childCount = new int[input.Count];
        foreach (var commit in input)
        {
            foreach (var parent in commit.Parents)
            {
                if (position.TryGetValue(parent, out var p))
                {
                    childCount[p]++;
                }
            }
        }

        // Ready commits (no unvisited child) leave the queue newest first; ties keep the input order.
        var ready = new PriorityQueue<int, (long When, int Order)>();
        for (var i = 0; i < input.Count; i++)
        {
            if (childCount[i] == 0)
            {
                ready.Enqueue(i, (-input[i].When, i));
            }
        }

        var order = new List<int>(input.Count);
        while (ready.TryDequeue(out var next, out _))
        {
            order.Add(next);
            foreach (var parent in input[next].Parents)
            {
                if (position.TryGetValue(parent, out var p) && --childCount[p] == 0)
                {
                    ready.Enqueue(p, (-input[p].When, p));
                }
            }
        }

        var ordered = new GitCommit[order.Count];
        var bySha = new Dictionary<string, int>(order.Count, StringComparer.Ordinal);
        for (var i = 0; i < order.Count; i++)
        {
            ordered[i] = input[order[i]];
            bySha[ordered[i].Sha] = i;
        }

        var parents = new int[ordered.Length][];
        for (var i = 0; i < ordered.Length; i++)
        {
            parents[i] = [.. ordered[i].Parents.Where(bySha.ContainsKey).Select(p => bySha[p])];
        }

        return CommitGraph.FromOrdered(ordered, parents, bySha);
    }
}
