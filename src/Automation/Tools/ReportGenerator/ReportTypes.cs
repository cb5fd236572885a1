using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>
/// NUKE's <c>ReportTypes</c>: ReportGenerator's report formats by name, usable wherever a format's text is:
/// <c>s.SetReportTypes(ReportTypes.HtmlInline, "lcov")</c> (each converts to its name).
/// </summary>
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "ReportGenerator's and NUKE's names.")]
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "ReportGenerator's and NUKE's names (lcov).")]
public sealed class ReportTypes
{
    private ReportTypes(string name) => Name = name;

    /// <summary>The <c>Badges</c> report.</summary>
    public static ReportTypes Badges { get; } = new("Badges");

    /// <summary>The <c>Clover</c> report.</summary>
    public static ReportTypes Clover { get; } = new("Clover");

    /// <summary>The <c>Cobertura</c> report.</summary>
    public static ReportTypes Cobertura { get; } = new("Cobertura");

    /// <summary>The <c>CsvSummary</c> report.</summary>
    public static ReportTypes CsvSummary { get; } = new("CsvSummary");

    /// <summary>The <c>Html</c> report.</summary>
    public static ReportTypes Html { get; } = new("Html");

    /// <summary>The <c>HtmlChart</c> report.</summary>
    public static ReportTypes HtmlChart { get; } = new("HtmlChart");

    /// <summary>The <c>HtmlInline</c> report.</summary>
    public static ReportTypes HtmlInline { get; } = new("HtmlInline");

    /// <summary>The <c>HtmlInline_AzurePipelines</c> report.</summary>
    public static ReportTypes HtmlInline_AzurePipelines { get; } = new("HtmlInline_AzurePipelines");

    /// <summary>The <c>HtmlInline_AzurePipelines_Dark</c> report.</summary>
    public static ReportTypes HtmlInline_AzurePipelines_Dark { get; } = new("HtmlInline_AzurePipelines_Dark");

    /// <summary>The <c>HtmlSummary</c> report.</summary>
    public static ReportTypes HtmlSummary { get; } = new("HtmlSummary");

    /// <summary>The <c>JsonSummary</c> report.</summary>
    public static ReportTypes JsonSummary { get; } = new("JsonSummary");

    /// <summary>The <c>Latex</c> report.</summary>
    public static ReportTypes Latex { get; } = new("Latex");

    /// <summary>The <c>LatexSummary</c> report.</summary>
    public static ReportTypes LatexSummary { get; } = new("LatexSummary");

    /// <summary>The <c>lcov</c> report.</summary>
    public static ReportTypes lcov { get; } = new("lcov");

    /// <summary>The <c>MarkdownSummary</c> report.</summary>
    public static ReportTypes MarkdownSummary { get; } = new("MarkdownSummary");

    /// <summary>The <c>MarkdownSummaryGithub</c> report.</summary>
    public static ReportTypes MarkdownSummaryGithub { get; } = new("MarkdownSummaryGithub");

    /// <summary>The <c>MHtml</c> report.</summary>
    public static ReportTypes MHtml { get; } = new("MHtml");

    /// <summary>The <c>OpenCover</c> report.</summary>
    public static ReportTypes OpenCover { get; } = new("OpenCover");

    /// <summary>The <c>PngChart</c> report.</summary>
    public static ReportTypes PngChart { get; } = new("PngChart");

    /// <summary>The <c>SonarQube</c> report.</summary>
    public static ReportTypes SonarQube { get; } = new("SonarQube");

    /// <summary>The <c>TeamCitySummary</c> report.</summary>
    public static ReportTypes TeamCitySummary { get; } = new("TeamCitySummary");

    /// <summary>The <c>TextSummary</c> report.</summary>
    public static ReportTypes TextSummary { get; } = new("TextSummary");

    /// <summary>The <c>Xml</c> report.</summary>
    public static ReportTypes Xml { get; } = new("Xml");

    /// <summary>The <c>XmlSummary</c> report.</summary>
    public static ReportTypes XmlSummary { get; } = new("XmlSummary");

    /// <summary>The format's name, as ReportGenerator's <c>-reporttypes:</c> takes it.</summary>
    public string Name { get; }

    /// <summary>The format's name.</summary>
    /// <param name="type">The format.</param>
    public static implicit operator string(ReportTypes type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
