namespace Automation;

/// <summary>How much ReportGenerator logs (its <c>-verbosity:</c> option).</summary>
public enum ReportGeneratorVerbosity
{
    /// <summary>Everything.</summary>
    Verbose,

    /// <summary>Progress and results (ReportGenerator's default).</summary>
    Info,

    /// <summary>Warnings and errors.</summary>
    Warning,

    /// <summary>Errors only.</summary>
    Error,

    /// <summary>Nothing.</summary>
    Off,
}
