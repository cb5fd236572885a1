namespace Automation.Execution;

/// <summary>The exit codes of a build (ARCHITECTURE.md).</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int TargetFailed = 1;
    public const int UsageError = 2;
    public const int Interrupted = 130;
}
