using Automation.Outcomes;
using Automation.Planning;
using Automation.Targets;

namespace Automation.Execution;

/// <summary>
/// What a run knows so far: each target's result, whether a failure stopped the build, whether it was interrupted;
/// and, from that, whether a target may start (docs/targets.md, rules 10–12). The sequential loop and the
/// parallel scheduler both ask it, so a failure or an interrupt means the same with and without <c>--parallel</c>.
/// Not thread-safe: one scheduler asks it, between targets.
/// </summary>
internal sealed class BuildProgress(ExecutionPlan plan, IReadOnlyDictionary<ExecutableTarget, string> skips, CancellationToken interrupt, IBuildLifecycle? lifecycle = null)
{
    private readonly Dictionary<ExecutableTarget, TargetResult> _results = plan.Targets.ToDictionary(t => t.Target, t => new TargetResult(t.Target.Name));
    private bool _interrupted;
    private bool _stopped;

    /// <summary>The token a starting target observes: none for an assured target that starts after an interrupt.</summary>
    public CancellationToken Cancellation => _interrupted ? CancellationToken.None : interrupt;

    public TargetResult ResultOf(ExecutableTarget target) => _results[target];

    /// <summary>
    /// Whether <paramref name="target"/>, whose predecessors have all finished, starts now. When it does not, its
    /// result says why: skipped (decided before the run), or NotRun after a failure or an interrupt, or because a
    /// dependency or the target that triggered it did not succeed. A false answer is final; a true one holds until
    /// another target fails or the build is interrupted.
    /// </summary>
    public bool MayStart(ExecutableTarget target)
    {
        var result = _results[target];
        _interrupted |= interrupt.IsCancellationRequested;
        var assured = target.Definition.IsAssuredAfterFailure;
        if (skips.TryGetValue(target, out var reason))
        {
            (result.Status, result.SkipReason) = (TargetStatus.Skipped, reason);
        }
        else if ((_interrupted || _stopped) && !assured)
        {
            result.Status = TargetStatus.NotRun;
        }
        else if (!assured && target.ExecutionDependencies.Concat(target.TriggeredBy).FirstOrDefault(DidNotSucceed) is { } failed)
        {
            result.Status = TargetStatus.NotRun;
            result.Notes.Add($"{failed.Name} did not succeed");
        }
        else
        {
            return true;
        }

        lifecycle?.TargetNotStarted(target, result);
        return false;
    }

    /// <summary>Takes in how a started target ended: an abort means the build was interrupted; a failure stops the
    /// build unless the target proceeds after failure.</summary>
    public void Finished(ExecutableTarget target)
    {
        var status = _results[target].Status;
        lifecycle?.TargetFinished(target, _results[target]);
        _interrupted |= status == TargetStatus.Aborted;
        _stopped |= status == TargetStatus.Failed && !target.Definition.ProceedsAfterFailure;
    }

    /// <summary>The results in plan order, which the summary keeps whatever order targets ran in.</summary>
    public BuildResult ToResult(TimeSpan duration)
    {
        _interrupted |= interrupt.IsCancellationRequested;
        return new BuildResult(plan.Targets.Select(t => _results[t.Target]).ToList(), _interrupted, duration);
    }

    private bool DidNotSucceed(ExecutableTarget target) =>
        _results.TryGetValue(target, out var result) && result.Status is TargetStatus.Failed or TargetStatus.NotRun or TargetStatus.Aborted;
}
