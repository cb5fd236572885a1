using Automation.Targets;

namespace Automation.Planning;

/// <summary>
/// Schedules the invoked targets with their dependencies and triggers (expanded to a fixpoint), then orders them:
/// dependencies, After/Before and triggers first; among targets with no edge between them, the order the targets
/// were typed, then declaration order. Before/After change the order, never what is scheduled.
/// </summary>
internal static class ExecutionPlanner
{
    public static ExecutionPlan Plan(TargetGraph graph, IReadOnlyList<ExecutableTarget> invoked, bool isDefault)
    {
        CycleDetector.ThrowOnCycle(graph.Targets, Predecessors);

        var reasons = new Dictionary<ExecutableTarget, string>();
        var rank = new Dictionary<ExecutableTarget, int>();
        for (var i = 0; i < invoked.Count; i++)
        {
            reasons.TryAdd(invoked[i], isDefault ? "default target" : "invoked");
        }

        for (var i = 0; i < invoked.Count; i++)
        {
            Schedule(invoked[i], i, reasons, rank);
        }

        var scheduled = rank.Keys.ToHashSet();
        var ordered = Order(scheduled, rank);
        return new ExecutionPlan(ordered.Select(t => new PlannedTarget(t, reasons[t])).ToList(), invoked, isDefault);
    }

    /// <summary>Everything that must finish before a target starts, whether scheduled or not.</summary>
    public static IEnumerable<ExecutableTarget> Predecessors(ExecutableTarget target) =>
        target.ExecutionDependencies.Concat(target.OrderDependencies).Concat(target.TriggeredBy);

    private static void Schedule(ExecutableTarget root, int invocationIndex, Dictionary<ExecutableTarget, string> reasons, Dictionary<ExecutableTarget, int> rank)
    {
        var queue = new Queue<ExecutableTarget>();
        if (rank.TryAdd(root, invocationIndex))
        {
            queue.Enqueue(root);
        }

        while (queue.Count > 0)
        {
            var target = queue.Dequeue();
            foreach (var dependency in target.ExecutionDependencies)
            {
                reasons.TryAdd(dependency, $"dependency of {target.Name}");
                if (rank.TryAdd(dependency, invocationIndex))
                {
                    queue.Enqueue(dependency);
                }
            }

            foreach (var triggered in target.Triggers)
            {
                reasons.TryAdd(triggered, $"triggered by {target.Name}");
                if (rank.TryAdd(triggered, invocationIndex))
                {
                    queue.Enqueue(triggered);
                }
            }
        }
    }

    private static List<ExecutableTarget> Order(HashSet<ExecutableTarget> scheduled, Dictionary<ExecutableTarget, int> rank)
    {
        var waitingOn = new Dictionary<ExecutableTarget, int>(scheduled.Count);
        var successors = scheduled.ToDictionary(t => t, _ => new List<ExecutableTarget>());
        foreach (var target in scheduled)
        {
            var predecessors = Predecessors(target).Where(scheduled.Contains).Distinct().ToList();
            waitingOn[target] = predecessors.Count;
            foreach (var predecessor in predecessors)
            {
                successors[predecessor].Add(target);
            }
        }

        var ready = new PriorityQueue<ExecutableTarget, (int Rank, int Declaration)>();
        foreach (var target in scheduled.Where(t => waitingOn[t] == 0))
        {
            ready.Enqueue(target, (rank[target], target.DeclarationIndex));
        }

        var ordered = new List<ExecutableTarget>(scheduled.Count);
        while (ready.TryDequeue(out var next, out _))
        {
            ordered.Add(next);
            foreach (var successor in successors[next])
            {
                if (--waitingOn[successor] == 0)
                {
                    ready.Enqueue(successor, (rank[successor], successor.DeclarationIndex));
                }
            }
        }

        return ordered;
    }
}
