namespace Automation;

/// <summary>What an <see cref="IProcessInterceptor"/> answers instead of a program's run: its exit code and output.</summary>
/// <param name="ExitCode">The exit code the caller sees.</param>
/// <param name="StandardOutput">The standard output, delivered line by line to the launch's handlers as a program's would be.</param>
/// <param name="StandardError">The standard error, likewise.</param>
public sealed record ProcessReply(int ExitCode, string StandardOutput = "", string StandardError = "")
{
    /// <summary>A program that succeeded and printed nothing.</summary>
    public static ProcessReply Success { get; } = new(0);
}
