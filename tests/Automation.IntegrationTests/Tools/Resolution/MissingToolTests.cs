using Automation.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Automation.IntegrationTests.Tools.Resolution;

/// <summary>A tool found nowhere fails its target (exit code 1) with a message that says how to add it.</summary>
public sealed class MissingToolTests(ITestOutputHelper output)
{
    [Fact]
    public void A_missing_tool_fails_the_target_with_how_to_add_it()
    {
        using var repository = new TempDirectory("tool-missing");
        repository.Write(".nuke/parameters.json", "{}");
        var emptyBin = Directory.CreateDirectory(repository.PathOf("empty-bin")).FullName;

        var run = InProcessBuild.Run<ReportBuild>(repository.Root, new Dictionary<string, string> { ["PATH"] = emptyBin }, TimeSpan.FromMinutes(1), "report");
        output.WriteLine(run.Output);
        run.AssertExitCode(1);

        Assert.Contains("Target 'report' failed: Tool 'reportgenerator' was not found.", run.Output, StringComparison.Ordinal);
        Assert.Contains("environment variable REPORTGENERATOR_EXE: not set", run.Output, StringComparison.Ordinal);
        Assert.Contains(emptyBin, run.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet new tool-manifest", run.Output, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --local dotnet-reportgenerator-globaltool", run.Output, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"ReportGenerator\" Version=\"[x.y.z]\" />", run.Output, StringComparison.Ordinal);
        Assert.Contains("set REPORTGENERATOR_EXE", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output.Split('\n'), line => line.StartsWith("> ", StringComparison.Ordinal));
        Assert.Matches(@"(?m)^report +Failed +.*Tool 'reportgenerator' was not found\.", run.Output);
    }

    private sealed class ReportBuild : AutomationBuild
    {
        Target Report => _ => _.Executes(ctx => ctx.ReportGenerator(s => s with { Reports = ["coverage.xml"], TargetDirectory = "report" }));
    }
}
