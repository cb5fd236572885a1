namespace Automation;

/// <summary>How much docfx logs (<c>--logLevel</c>).</summary>
public enum DocFXLogLevel
{
    /// <summary>Everything.</summary>
    Verbose,

    /// <summary>Progress and results.</summary>
    Info,

    /// <summary>Suggestions, warnings and errors.</summary>
    Suggestion,

    /// <summary>Warnings and errors.</summary>
    Warning,

    /// <summary>Errors only.</summary>
    Error,
}
