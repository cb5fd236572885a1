using Automation.Components;
using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Components.Coverage;

/// <summary>
/// NUKE's <c>IReportCoverage</c> switches on ours, seen through a <see cref="CommandRecorder"/>:
/// <c>CreateCoverageHtmlReport</c> chooses the report types, <c>ReportToCodecov</c> uploads the merged Cobertura file.
/// </summary>
public sealed class NukeCoverageSwitchesTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public NukeCoverageSwitchesTests()
    {
        _repository.WriteFile("artifacts/test-results/Lib.Tests/run-1/coverage.cobertura.xml", "<coverage line-rate=\"0.5\" branch-rate=\"0.25\" />");
        _repository.WriteFile("tools/reportgenerator", "#!/bin/sh\n");
        _repository.WriteFile("tools/codecov", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            foreach (var tool in new[] { "reportgenerator", "codecov" })
            {
                File.SetUnixFileMode(Path.Combine(_repository.Root, "tools", tool), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Defaults : AutomationBuild, IReportCoverage;

    private sealed class NukeSwitches : AutomationBuild, IReportCoverage
    {
        bool IReportCoverage.CreateCoverageHtmlReport => false;

        bool IReportCoverage.ReportToCodecov => true;
    }

    private string CoverageDirectory => Path.Combine(_repository.Root, "artifacts", "coverage");

    private BuildTestRun Run<TBuild>(string target = "coverage")
        where TBuild : AutomationBuild, new()
    {
        // ReportGenerator "writes" the merged report as the real one would, so the summary has something to read.
        var commands = new CommandRecorder(UnscriptedCommands.Succeed).Script("reportgenerator", _ =>
        {
            Directory.CreateDirectory(CoverageDirectory);
            File.WriteAllText(Path.Combine(CoverageDirectory, "Cobertura.xml"), "<coverage line-rate=\"0.5\" branch-rate=\"0.25\" />");
            return ProcessReply.Success;
        });
        var environment = new BuildEnvironment
        {
            Arguments = [target],
            WorkingDirectory = _repository.Root,
            Variables = new Dictionary<string, string>
            {
                ["REPORTGENERATOR_EXE"] = Path.Combine(_repository.Root, "tools", "reportgenerator"),
                ["CODECOV_EXE"] = Path.Combine(_repository.Root, "tools", "codecov"),
            },
        };
        Directory.CreateDirectory(Path.Combine(_repository.Root, ".nuke"));
        return BuildTest.Run<TBuild>(environment, commands);
    }

    [Fact]
    public void By_default_the_report_has_html_and_nothing_goes_to_Codecov()
    {
        var run = Run<Defaults>();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(run.CommandLines, line => line.StartsWith("reportgenerator ", StringComparison.Ordinal) && line.Contains("-reporttypes:Html;Cobertura;TextSummary;Badges", StringComparison.Ordinal));
        Assert.DoesNotContain(run.CommandLines, line => line.StartsWith("codecov", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_CreateCoverageHtmlReport_the_report_has_no_html_and_ReportToCodecov_uploads_the_merged_file()
    {
        var run = Run<NukeSwitches>();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(run.CommandLines, line => line.StartsWith("reportgenerator ", StringComparison.Ordinal) && line.Contains("-reporttypes:Cobertura;TextSummary;Badges", StringComparison.Ordinal));
        var upload = Assert.Single(run.CommandLines, line => line.StartsWith("codecov", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(CoverageDirectory, "Cobertura.xml"), upload, StringComparison.Ordinal);
    }

    [Fact]
    public void NUKEs_target_name_report_coverage_makes_the_same_report()
    {
        var run = Run<Defaults>("report-coverage");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(run.CommandLines, line => line.StartsWith("reportgenerator ", StringComparison.Ordinal) && line.Contains("-reporttypes:Html;Cobertura;TextSummary;Badges", StringComparison.Ordinal));
    }
}
