namespace Automation.IntegrationTests.Processes;

/// <summary>A theory whose commands are POSIX shell scripts and coreutils (<c>/bin/sh</c>, <c>printf</c>, <c>cat</c>).</summary>
public sealed class PosixTheoryAttribute : TheoryAttribute
{
    public PosixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs a POSIX shell (/bin/sh) and coreutils.";
        }
    }
}
