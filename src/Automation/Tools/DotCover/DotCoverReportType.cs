namespace Automation;

/// <summary>The format of a dotCover report (<c>--ReportType</c>).</summary>
public enum DotCoverReportType
{
    /// <summary>HTML.</summary>
    Html,

    /// <summary>JSON.</summary>
    Json,

    /// <summary>XML.</summary>
    Xml,

    /// <summary>Detailed XML (what ReportGenerator and Sonar read).</summary>
    DetailedXml,

    /// <summary>NDepend's XML.</summary>
    NDependXml,
}
