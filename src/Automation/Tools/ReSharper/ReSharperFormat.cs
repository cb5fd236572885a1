namespace Automation;

/// <summary>The format of an InspectCode report (NUKE's <c>ReSharperFormat</c>).</summary>
public enum ReSharperFormat
{
    /// <summary>XML (what <c>IReportIssues</c> reads).</summary>
    Xml,

    /// <summary>HTML.</summary>
    Html,

    /// <summary>Plain text.</summary>
    Text,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>SARIF.</summary>
    Sarif,
}
