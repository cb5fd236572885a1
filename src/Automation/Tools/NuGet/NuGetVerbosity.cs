namespace Automation;

/// <summary>How much <c>nuget.exe</c> writes (<c>-Verbosity</c>).</summary>
public enum NuGetVerbosity
{
    /// <summary><c>normal</c>.</summary>
    Normal,

    /// <summary><c>quiet</c>.</summary>
    Quiet,

    /// <summary><c>detailed</c>.</summary>
    Detailed,
}
