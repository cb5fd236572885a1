namespace Automation;

/// <summary>How much the build prints.</summary>
public enum Verbosity
{
    /// <summary>Errors and the closing lines only.</summary>
    Quiet,

    /// <summary>Target headings, warnings, errors and the summary; no command output.</summary>
    Minimal,

    /// <summary>Everything the targets print (the default).</summary>
    Normal,

    /// <summary>Also debug lines and full exception details.</summary>
    Verbose,
}
