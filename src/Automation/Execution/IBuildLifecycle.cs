using Automation.Outcomes;
using Automation.Targets;

namespace Automation.Execution;

/// <summary>
/// Told how a run goes, target by target, so the build class can keep NUKE's build state (<c>ExecutingTargets</c>,
/// <c>FinishedTargets</c>, ...) and call its hooks (<c>OnTargetRunning</c>, ...). Implemented by the build (Session),
/// called from the sequential loop and the parallel scheduler alike, so from several threads under <c>--parallel</c>.
/// </summary>
internal interface IBuildLifecycle
{
    /// <summary>A target's actions (or its dynamic conditions) are about to run.</summary>
    void TargetRunning(ExecutableTarget target);

    /// <summary>A target that started has ended (succeeded, failed, aborted, up to date, skipped by a dynamic condition, collective).</summary>
    void TargetFinished(ExecutableTarget target, TargetResult result);

    /// <summary>A target does not start: skipped before the run, or not run after a failure or an interrupt.</summary>
    void TargetNotStarted(ExecutableTarget target, TargetResult result);
}
