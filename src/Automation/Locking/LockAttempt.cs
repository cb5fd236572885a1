namespace Automation.Locking;

/// <summary>How an attempt to take a root's build lock ended.</summary>
/// <param name="Outcome">Held, inherited, busy or unusable.</param>
/// <param name="Holder">Who holds it, when busy or inherited; null when that is not recorded (yet).</param>
/// <param name="Problem">Why the lock file could not be used, when unusable.</param>
internal sealed record LockAttempt(LockOutcome Outcome, LockHolder? Holder = null, string? Problem = null)
{
    /// <summary>The holder for a message: <c>the build started at … by PID …</c>, or a build not yet recorded.</summary>
    public string HolderText => Holder?.Describe() ?? "another build (it has not recorded who it is yet)";
}
