namespace Automation.Versioning.Git;

/// <summary>What one <c>git</c> call printed and how it ended.</summary>
/// <param name="ExitCode">git's exit code: 0 for success; 128 for "not a git repository" and other fatal errors.</param>
/// <param name="Output">Everything git wrote to standard output, decoded as UTF-8.</param>
/// <param name="Error">Everything git wrote to standard error, decoded as UTF-8.</param>
public sealed record GitResult(int ExitCode, string Output, string Error);
