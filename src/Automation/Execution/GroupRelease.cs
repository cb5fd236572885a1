using Automation.Output;
using Automation.Targets;

namespace Automation.Execution;

/// <summary>
/// Shows the buffered output of each target of a parallel run once the target has ended. On a terminal at once, since
/// someone is watching; on CI in plan order, holding a finished target's group back until every target before it in
/// the plan has been shown, so that the log reads like a sequential run's. Used by one scheduler thread only.
/// </summary>
internal sealed class GroupRelease(IReadOnlyList<ExecutableTarget> order, bool inPlanOrder)
{
    private readonly Dictionary<ExecutableTarget, BuildOutput?> _held = [];
    private int _next;

    /// <summary>Takes in a target that ended, with its output; null when it never started (skipped, NotRun).</summary>
    public void Ended(ExecutableTarget target, BuildOutput? output)
    {
        if (!inPlanOrder)
        {
            output?.Release();
            return;
        }

        _held[target] = output;
        while (_next < order.Count && _held.Remove(order[_next], out var next))
        {
            next?.Release();
            _next++;
        }
    }
}
