using Automation.Tools;

namespace Automation;

/// <summary><c>dotCover report</c>: turns snapshots into a report.</summary>
public sealed record DotCoverReportSettings : ToolSettings
{
    /// <summary>The snapshots: <c>--Source</c>, <c>;</c>-separated.</summary>
    public IReadOnlyList<string> Source { get; init; } = [];

    /// <summary>The report file: <c>--Output</c>.</summary>
    public string? OutputFile { get; init; }

    /// <summary>The report's format: <c>--ReportType</c>.</summary>
    public DotCoverReportType? ReportType { get; init; }

    /// <summary>Leave auto-properties out: <c>--HideAutoProperties</c>.</summary>
    public bool? HideAutoProperties { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("report").Joined("--Source=", Source.Count == 0 ? null : string.Join(';', Source)).Joined("--Output=", OutputFile)
            .Joined("--ReportType=", ReportType).Flag("--HideAutoProperties", HideAutoProperties);
}
