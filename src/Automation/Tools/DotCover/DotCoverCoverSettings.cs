using Automation.Tools;

namespace Automation;

/// <summary><c>dotCover cover</c>: runs a program under coverage and writes a snapshot.</summary>
public sealed record DotCoverCoverSettings : ToolSettings
{
    /// <summary>The program to cover: <c>--TargetExecutable</c>.</summary>
    public string? TargetExecutable { get; init; }

    /// <summary>Its arguments: <c>--TargetArguments</c>.</summary>
    public string? TargetArguments { get; init; }

    /// <summary>Its working directory: <c>--TargetWorkingDir</c>.</summary>
    public string? TargetWorkingDirectory { get; init; }

    /// <summary>Coverage filters (<c>+:Module*;-:*Tests</c>): <c>--Filters</c>.</summary>
    public string? Filters { get; init; }

    /// <summary>The snapshot (or report) file: <c>--Output</c>.</summary>
    public string? OutputFile { get; init; }

    /// <summary>Write a report of this type instead of a snapshot: <c>--ReportType</c>.</summary>
    public DotCoverReportType? ReportType { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("cover").Joined("--TargetExecutable=", TargetExecutable).Joined("--TargetArguments=", TargetArguments)
            .Joined("--TargetWorkingDir=", TargetWorkingDirectory).Joined("--Filters=", Filters).Joined("--Output=", OutputFile).Joined("--ReportType=", ReportType);
}
