namespace Automation;

/// <summary>How much MSBuild writes (<c>-verbosity:</c>), NUKE's <c>MSBuildVerbosity</c>.</summary>
public enum MSBuildVerbosity
{
    /// <summary><c>quiet</c>: errors only.</summary>
    Quiet,

    /// <summary><c>minimal</c>: errors, warnings and a short summary.</summary>
    Minimal,

    /// <summary><c>normal</c>.</summary>
    Normal,

    /// <summary><c>detailed</c>.</summary>
    Detailed,

    /// <summary><c>diagnostic</c>: everything.</summary>
    Diagnostic,
}
