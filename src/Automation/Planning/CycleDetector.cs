using Automation.Core;
using Automation.Targets;

namespace Automation.Planning;

/// <summary>Finds a cycle among all "runs before" edges (dependencies, order, triggers) and reports it as a path.</summary>
internal static class CycleDetector
{
    private enum Mark
    {
        Unvisited,
        InProgress,
        Done,
    }

    /// <summary>Throws a usage error naming the cycle, e.g. <c>pack -> version -> pack</c>, where <c>a -> b</c> means a needs b first.</summary>
    public static void ThrowOnCycle(IReadOnlyList<ExecutableTarget> targets, Func<ExecutableTarget, IEnumerable<ExecutableTarget>> predecessors)
    {
        var marks = targets.ToDictionary(t => t, _ => Mark.Unvisited);
        var path = new List<ExecutableTarget>();
        foreach (var start in targets)
        {
            if (marks[start] == Mark.Unvisited && Visit(start, marks, path, predecessors) is { } cycle)
            {
                var text = string.Join(" -> ", cycle.Select(t => t.Name));
                throw new UsageException(
                    cycle.Count == 2
                        ? $"Target '{cycle[0].Name}' depends on itself ({text}). Remove the self-reference."
                        : $"Dependency cycle: {text}. Remove one of these DependsOn/After/Before/Triggers relations.");
            }
        }
    }

    // Iterative to stay safe on very deep graphs (10,000-target chains).
    private static List<ExecutableTarget>? Visit(
        ExecutableTarget start,
        Dictionary<ExecutableTarget, Mark> marks,
        List<ExecutableTarget> path,
        Func<ExecutableTarget, IEnumerable<ExecutableTarget>> predecessors)
    {
        var stack = new Stack<IEnumerator<ExecutableTarget>>();
        marks[start] = Mark.InProgress;
        path.Add(start);
        stack.Push(predecessors(start).GetEnumerator());
        while (stack.Count > 0)
        {
            var edges = stack.Peek();
            if (!edges.MoveNext())
            {
                edges.Dispose();
                stack.Pop();
                marks[path[^1]] = Mark.Done;
                path.RemoveAt(path.Count - 1);
                continue;
            }

            var next = edges.Current;
            if (!marks.TryGetValue(next, out var mark))
            {
                continue;
            }

            if (mark == Mark.InProgress)
            {
                var cycle = path.Skip(path.IndexOf(next)).ToList();
                cycle.Add(next);
                return cycle;
            }

            if (mark == Mark.Unvisited)
            {
                marks[next] = Mark.InProgress;
                path.Add(next);
                stack.Push(predecessors(next).GetEnumerator());
            }
        }

        return null;
    }
}
