using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Automation.Components;
using Automation.Testing;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary>
/// NUKE's <c>IReportDuplicates</c>, seen through a <see cref="CommandRecorder"/>: <c>report-duplicates</c> runs
/// <c>dupfinder</c> on the solution with NUKE's settings, reads the report it writes (a fixture in dupFinder's format)
/// and lists the duplicates; without the tool the error names the last package version that has it.
/// </summary>
public sealed class ReportDuplicatesTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public ReportDuplicatesTests()
    {
        _repository.WriteFile("Lib.slnx", "<Solution>\n  <Project Path=\"src/Lib/Lib.csproj\" />\n</Solution>\n");
        _repository.WriteFile("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        _repository.WriteFile("tools/dupfinder", "#!/bin/sh\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_repository.Root, "tools", "dupfinder"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.CreateDirectory(Path.Combine(_repository.Root, ".nuke"));
    }

    public void Dispose() => _repository.Dispose();

    private sealed class Build : AutomationBuild, IReportDuplicates
    {
        Configure<ReSharperDupFinderSettings> IReportDuplicates.DupFinderSettings => s => s with { DiscardCost = 20 };
    }

    private string ReportFile => Path.Combine(_repository.Root, "artifacts", "reports", "dupfinder.xml");

    private static string Fixture([CallerFilePath] string test = "") => Path.Combine(Path.GetDirectoryName(ExpectedFile.SourcePath(test))!, "Fixtures", "dupfinder.xml");

    private BuildTestRun Run(IReadOnlyDictionary<string, string> variables)
    {
        // dupFinder "writes" its report, as the real one would.
        var commands = new CommandRecorder(UnscriptedCommands.Succeed).Script("dupfinder", _ =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(ReportFile)!);
            File.Copy(Fixture(), ReportFile, overwrite: true);
            return ProcessReply.Success;
        });
        return BuildTest.Run<Build>(new BuildEnvironment { Arguments = ["report-duplicates"], WorkingDirectory = _repository.Root, Variables = variables }, commands);
    }

    [Fact]
    public void Dupfinder_runs_on_the_solution_and_the_duplicates_are_listed_costliest_first_without_failing()
    {
        var run = Run(new Dictionary<string, string> { ["DUPFINDER_EXE"] = Path.Combine(_repository.Root, "tools", "dupfinder") });

        Assert.True(run.ExitCode == 0, run.Output);
        var command = Assert.Single(run.CommandLines, line => line.Contains("dupfinder", StringComparison.Ordinal));
        Assert.Contains($"--output={ReportFile}", command, StringComparison.Ordinal);
        Assert.Contains("--exclude=**/*.Generated.cs;**/obj/**;**/bin/**", command, StringComparison.Ordinal);
        Assert.Contains("--discard-cost=20", command, StringComparison.Ordinal);
        Assert.Contains("--show-text", command, StringComparison.Ordinal);
        Assert.EndsWith(Path.Combine(_repository.Root, "Lib.slnx"), command, StringComparison.Ordinal);
        var listed = run.Output.Split('\n').Where(line => line.Contains("cost ", StringComparison.Ordinal) && !line.Contains("dupFinder found", StringComparison.Ordinal));
        ExpectedFile.Match(string.Join('\n', listed.Select(line => line.Trim())) + "\n", "report-duplicates");
        Assert.Contains("dupFinder found 2 duplicates (cost 412 of 48210) in Lib.slnx", run.Output, StringComparison.Ordinal);
        Assert.Contains("Duplicates: 2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dupfinder_the_error_names_the_last_package_version_that_has_it()
    {
        var run = Run(new Dictionary<string, string> { ["PATH"] = Path.Combine(_repository.Root, "no-such-folder") });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Tool 'dupfinder' was not found", run.Output, StringComparison.Ordinal);
        Assert.Contains($"<PackageDownload Include=\"JetBrains.ReSharper.CommandLineTools\" Version=\"[{ReSharperTasks.DupFinderLastVersion}]\" />", run.Output, StringComparison.Ordinal);
        Assert.Contains("JetBrains dropped dupFinder after 2021.2", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_read_with_its_costs_and_line_ranges_and_another_file_is_refused()
    {
        var report = DupFinderReport.Read(Fixture());

        Assert.Equal([316L, 96L], report.Duplicates.Select(d => d.Cost));
        Assert.Equal("source/Nuke.Build/Execution/E.cs:5", report.Duplicates[0].Fragments[2].Location);
        Assert.Equal((48210L, 412L), (report.CodebaseCost, report.TotalDuplicatesCost));
        var other = Assert.Throws<InvalidDataException>(() => DupFinderReport.Parse(XDocument.Parse("<Report />")));
        Assert.Contains("<DuplicatesReport>", other.Message, StringComparison.Ordinal);
    }
}
