namespace Automation.IntegrationTests.Processes;

/// <summary>A fact whose commands are POSIX shell scripts and coreutils (<c>/bin/sh</c>, <c>printf</c>, <c>cat</c>).</summary>
public sealed class PosixFactAttribute : FactAttribute
{
    public PosixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs a POSIX shell (/bin/sh) and coreutils.";
        }
    }
}
