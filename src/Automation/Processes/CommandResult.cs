namespace Automation;

/// <summary>The outcome of a command run from a target.</summary>
/// <param name="ExitCode">The process exit code (0 in a dry run).</param>
/// <param name="StandardOutput">Everything written to standard output, secrets masked.</param>
/// <param name="StandardError">Everything written to standard error, secrets masked.</param>
/// <param name="Duration">Wall-clock time from start to exit.</param>
public sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration);
