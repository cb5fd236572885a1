using Automation.Components;
using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary>
/// NUKE's <c>IReportIssues</c>, seen through a <see cref="CommandRecorder"/>: <c>report-issues</c> restores, runs
/// <c>jb inspectcode</c> on the solution with the plugins, reads the report it writes and fails on what the switches say.
/// </summary>
public sealed class ReportIssuesTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public ReportIssuesTests()
    {
        _repository.WriteFile("Lib.slnx", "<Solution>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n");
        _repository.WriteFile("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        _repository.WriteFile("tools/jb", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_repository.Root, "tools", "jb"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.CreateDirectory(Path.Combine(_repository.Root, ".nuke"));
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Strict : AutomationBuild, IReportIssues;

    private sealed class Lenient : AutomationBuild, IReportIssues
    {
        IEnumerable<(string PackageId, string Version)> IReportIssues.InspectCodePlugins => [("ReSharperPlugin.CognitiveComplexity", ReSharperTasks.ReSharperPluginLatest)];

        bool IReportIssues.InspectCodeFailOnWarning => false;
    }

    private string ReportFile => Path.Combine(_repository.Root, "artifacts", "reports", "inspect-code.xml");

    private BuildTestRun Run<TBuild>()
        where TBuild : AutomationBuild, new()
    {
        // InspectCode "writes" a report with one warning, as the real one would.
        var commands = new CommandRecorder(UnscriptedCommands.Succeed).Script("jb", _ =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ReportFile)!);
            File.WriteAllText(ReportFile, """
                <Report><IssueTypes><IssueType Id="UnusedVariable" CategoryId="CodeRedundancy" Severity="WARNING" /></IssueTypes>
                <Issues><Project Name="Lib"><Issue TypeId="UnusedVariable" File="src/Lib/A.cs" Line="7" Message="Local variable 'x' is never used" /></Project></Issues></Report>
                """);
            return ProcessReply.Success;
        });
        var environment = new BuildEnvironment
        {
            Arguments = ["report-issues"],
            WorkingDirectory = _repository.Root,
            Variables = new Dictionary<string, string> { ["JB_EXE"] = Path.Combine(_repository.Root, "tools", "jb") },
        };
        return BuildTest.Run<TBuild>(environment, commands);
    }

    [Fact]
    public void A_warning_fails_the_build_by_default_and_names_the_report()
    {
        var run = Run<Strict>();

        Assert.Equal(1, run.ExitCode);
        var inspect = Assert.Single(run.CommandLines, line => line.Contains(" inspectcode ", StringComparison.Ordinal));
        Assert.Contains(Path.Combine(_repository.Root, "Lib.slnx"), inspect, StringComparison.Ordinal);
        Assert.Contains($"--output={ReportFile}", inspect, StringComparison.Ordinal);
        Assert.Contains("--format=Xml", inspect, StringComparison.Ordinal);
        Assert.Contains("--severity=WARNING", inspect, StringComparison.Ordinal);
        Assert.Contains(run.CommandLines, line => line.StartsWith("dotnet restore", StringComparison.Ordinal));
        Assert.Contains("InspectCode found 0 errors and 1 warnings in Lib.slnx (warnings fail the build)", run.Output, StringComparison.Ordinal);
        Assert.Contains("[src/Lib/A.cs:7] UnusedVariable: Local variable 'x' is never used", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_warnings_allowed_the_build_succeeds_and_the_plugins_are_passed()
    {
        var run = Run<Lenient>();

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains(run.CommandLines, line => line.Contains("--eXtensions=ReSharperPlugin.CognitiveComplexity", StringComparison.Ordinal));
        Assert.Contains("CodeRedundancy (1)", run.Output, StringComparison.Ordinal);
    }
}
