using Automation.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Automation.IntegrationTests.Tools.Resolution;

/// <summary>
/// ReportGenerator found through the repository's local tool manifest, with the one-time <c>dotnet tool restore</c> into a
/// fresh global packages folder and a fresh CLI home (so the restore is real and needs the package registry), then run for
/// real on a Cobertura file.
/// </summary>
public sealed class LocalToolTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_tool_in_the_local_manifest_is_restored_once_and_runs()
    {
        using var repository = new TempDirectory("tool-manifest");
        repository.Write(".nuke/parameters.json", "{}");
        repository.Write(".config/dotnet-tools.json", Coverage.Manifest);
        repository.Write("coverage.cobertura.xml", Coverage.Cobertura);
        var packages = repository.PathOf("nuget-packages");
        var cliHome = repository.PathOf("cli-home");
        var variables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages, ["DOTNET_CLI_HOME"] = cliHome };

        var run = InProcessBuild.Run<ReportBuild>(repository.Root, variables, Timeout, "report", "summary", "--packages", packages, "--cli-home", cliHome);
        output.WriteLine(run.Output);
        run.AssertExitCode(0);

        Assert.Single(run.Output.Split('\n'), line => line.EndsWith(" tool restore", StringComparison.Ordinal) && line.StartsWith("> ", StringComparison.Ordinal));
        Assert.Contains("Local tool dotnet-reportgenerator-globaltool 5.6.0 is not restored yet", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, run.Output.Split('\n').Count(line => line.Contains(" tool run reportgenerator -- -reports:coverage.cobertura.xml", StringComparison.Ordinal)));
        Assert.True(Directory.Exists(Path.Combine(packages, "dotnet-reportgenerator-globaltool", "5.6.0")), $"The tool was not restored into NUGET_PACKAGES. Output:\n{run.Output}");
        Assert.True(File.Exists(repository.PathOf("report/index.html")), $"No HTML report. Output:\n{run.Output}");
        Assert.Contains("Line coverage: 50%", File.ReadAllText(repository.PathOf("summary/Summary.txt")), StringComparison.Ordinal);
    }

    private sealed class ReportBuild : AutomationBuild
    {
        [Parameter] readonly string? Packages = null;
        [Parameter] readonly string? CliHome = null;

        Target Report => _ => _.Executes(ctx => ctx.ReportGenerator(
            s => s with { Reports = ["coverage.cobertura.xml"], TargetDirectory = "report", ReportTypes = ["Html"], Title = "Sample" },
            ToolOptions()));

        Target Summary => _ => _.After(Report).Executes(ctx => ctx.ReportGenerator(
            s => s with { Reports = ["coverage.cobertura.xml"], TargetDirectory = "summary", ReportTypes = ["TextSummary"], Verbosity = ReportGeneratorVerbosity.Warning },
            ToolOptions()));

        // This in-process build's NUGET_PACKAGES and DOTNET_CLI_HOME are not the test process's: hand them to `dotnet tool run`.
        private RunOptions ToolOptions() => new() { Environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages, ["DOTNET_CLI_HOME"] = CliHome } };
    }
}
