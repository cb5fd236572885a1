namespace Automation;

/// <summary>What a program run by <see cref="ProcessLauncher.RunAsync"/> left: its exit code and its output, as it printed it.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="StandardOutput">Its standard output (the last <see cref="ProcessLaunchOptions.OutputLimit"/> characters when <see cref="IsTruncated"/>).</param>
/// <param name="StandardError">Its standard error (the last <see cref="ProcessLaunchOptions.OutputLimit"/> characters when <see cref="IsTruncated"/>).</param>
/// <param name="Duration">Wall-clock time from start to exit.</param>
public sealed record ProcessOutcome(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    /// <summary>Whether a stream was longer than <see cref="ProcessLaunchOptions.OutputLimit"/>, so only its end is kept.</summary>
    public bool IsTruncated { get; init; }
}
