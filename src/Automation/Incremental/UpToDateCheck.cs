namespace Automation.Incremental;

/// <summary>Whether a target may be skipped as up to date, and why not.</summary>
/// <param name="IsUpToDate">True when inputs, configuration and outputs match the last successful run.</param>
/// <param name="Reason">Why the target runs (or "up to date"), for verbose output.</param>
/// <param name="Started">What the target's inputs and configuration are now, to record once it succeeds; null when
/// it declares no inputs or they could not be read, so nothing is recorded.</param>
/// <param name="Recorded">The last successful run's state when the target is up to date.</param>
internal sealed record UpToDateCheck(bool IsUpToDate, string Reason, TargetState? Started, TargetState? Recorded = null);
