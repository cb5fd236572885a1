using System.Xml.Linq;
using Automation.Components;

namespace Automation.Tests.Components;

/// <summary>NUKE's <c>IReportIssues</c> reads InspectCode's XML report: errors and warnings by type, and when they fail the build.</summary>
public sealed class InspectCodeReportTests
{
    private static readonly XDocument Report = XDocument.Parse("""
        <Report ToolsVersion="253.0">
          <IssueTypes>
            <IssueType Id="UnusedVariable" Category="Redundancies" CategoryId="CodeRedundancy" Severity="WARNING" />
            <IssueType Id="CSharpErrors" Category="C# Compiler Errors" CategoryId="CSharpErrors" Severity="ERROR" />
            <IssueType Id="CognitiveComplexity" Category="Code Smell" CategoryId="CodeSmell" Severity="WARNING" />
            <IssueType Id="ConvertToConstant.Local" Category="Common Practices" CategoryId="BestPractice" Severity="HINT" />
          </IssueTypes>
          <Issues>
            <Project Name="Nuke.Common">
              <Issue TypeId="UnusedVariable" File="source/B.cs" Line="12" Message="Local variable 'x' is never used" />
              <Issue TypeId="CognitiveComplexity" File="source/A.cs" Line="3" Message="Too complex" />
              <Issue TypeId="ConvertToConstant.Local" File="source/A.cs" Line="9" Message="Could be const" />
            </Project>
            <Project Name="Nuke.Build">
              <Issue TypeId="UnusedVariable" File="source/C.cs" Line="1" Message="Local variable 'y' is never used" />
              <Issue TypeId="ConvertToConstant.Local" File="source/C.cs" Line="4" Severity="ERROR" Message="Must be const here" />
            </Project>
          </Issues>
        </Report>
        """);

    [Fact]
    public void Errors_and_warnings_are_read_with_their_types_category_and_hints_left_out()
    {
        var report = InspectCodeReport.Parse(Report);

        Assert.Equal(["source/A.cs", "source/B.cs", "source/C.cs", "source/C.cs"], report.Issues.Select(issue => issue.File));
        Assert.Equal((1, 3), (report.Errors, report.Warnings));
        Assert.Equal("CodeSmell", report.Issues[0].CategoryId);
        Assert.Equal(["BestPractice (1)", "  1 ConvertToConstant.Local", "CodeRedundancy (2)", "  2 UnusedVariable", "CodeSmell (1)", "  1 CognitiveComplexity"], report.Summary());
    }

    [Fact]
    public void The_switches_decide_what_fails_the_build()
    {
        var report = InspectCodeReport.Parse(Report);

        Assert.Equal("errors fail the build", report.FailureReason(failOnError: true, failOnWarning: false, [], []));
        Assert.Equal("warnings fail the build", report.FailureReason(failOnError: false, failOnWarning: true, [], []));
        Assert.Null(report.FailureReason(failOnError: false, failOnWarning: false, [], []));
        Assert.Equal("CognitiveComplexity in CodeSmell fails the build", report.FailureReason(false, false, [], ["CodeSmell"]));
        Assert.Equal("UnusedVariable in CodeRedundancy fails the build", report.FailureReason(false, false, ["UnusedVariable"], []));
    }
}
