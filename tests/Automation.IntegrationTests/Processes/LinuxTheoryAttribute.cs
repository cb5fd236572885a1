namespace Automation.IntegrationTests.Processes;

/// <summary>A theory that needs Linux: <c>/proc</c>, <c>kill</c> and POSIX signals.</summary>
public sealed class LinuxTheoryAttribute : TheoryAttribute
{
    public LinuxTheoryAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux (/proc, kill, POSIX signals).";
        }
    }
}
