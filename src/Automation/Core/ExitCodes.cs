namespace Automation.Core;

/// <summary>The exit codes of a build (ARCHITECTURE.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int TargetFailed = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;

    /// <summary>
    /// <c>--no-wait</c> and another build holds the root's lock. ARCHITECTURE.md has no code of its own for this: 1, a
    /// failed build, is the nearest (the command is right and may succeed later; 2 would send the user to fix it).
    /// </summary>
    public const int LockBusy = TargetFailed;
}
