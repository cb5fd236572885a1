namespace Automation.IntegrationTests.Support;

/// <summary>A fact that needs Linux: <c>/proc</c>, <c>kill</c> and POSIX signals.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "Needs Linux (/proc, kill, POSIX signals).";
        }
    }
}
