using Automation.Core;

namespace Automation.Outcomes;

/// <summary>The outcome of a build: every scheduled target's result and the totals for the closing lines.</summary>
internal sealed record BuildResult(IReadOnlyList<TargetResult> Targets, bool Interrupted, TimeSpan Duration)
{
    public bool Succeeded => !Interrupted && Targets.All(t => t.Status is not (TargetStatus.Failed or TargetStatus.Aborted));

    /// <summary>Summed test counts, or null when no target reported tests.</summary>
    public TestCounts? Tests =>
        Targets.Where(t => t.Tests is not null).Select(t => t.Tests!.Value).Aggregate((TestCounts?)null, (sum, next) => (sum ?? default) + next);

    public int ExitCode => Interrupted ? ExitCodes.Interrupted : Succeeded ? ExitCodes.Success : ExitCodes.TargetFailed;
}
