using Automation.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Automation.IntegrationTests.Tools.Resolution;

/// <summary>
/// ReportGenerator found inside the ReportGenerator package that the build project downloads (<c>PackageDownload</c>):
/// the real package layout (net8.0 … net11.0 and net47 folders) picks a framework this runtime can run.
/// </summary>
public sealed class PackageDownloadToolTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_tool_in_a_downloaded_package_runs_with_the_builds_dotnet()
    {
        using var repository = new TempDirectory("tool-download");
        repository.Write(".nuke/parameters.json", "{}");
        repository.Write("build/_build.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageDownload Include="ReportGenerator" Version="[5.6.0]" /></ItemGroup>
            </Project>
            """);
        repository.Write("coverage.cobertura.xml", Coverage.Cobertura);
        var packages = repository.PathOf("nuget-packages");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = packages };
        (await ChildProcess.RunAsync("dotnet", ["restore", "build/_build.csproj"], repository.Root, TimeSpan.FromMinutes(3), environment)).AssertExitCode(0);

        var run = InProcessBuild.Run<ReportBuild>(repository.Root, new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages }, TimeSpan.FromMinutes(3), "report");
        output.WriteLine(run.Output);
        run.AssertExitCode(0);

        var framework = $"net{Environment.Version.Major}.0";
        var dll = Path.Combine(packages, "reportgenerator", "5.6.0", "tools", framework, "ReportGenerator.dll");
        Assert.Contains($"{dll} -reports:coverage.cobertura.xml -targetdir:report -reporttypes:TextSummary", run.Output, StringComparison.Ordinal);
        Assert.Contains("Line coverage: 50%", File.ReadAllText(repository.PathOf("report/Summary.txt")), StringComparison.Ordinal);
    }

    private sealed class ReportBuild : AutomationBuild
    {
        Target Report => _ => _.Executes(ctx => ctx.ReportGenerator(s => s with { Reports = ["coverage.cobertura.xml"], TargetDirectory = "report", ReportTypes = ["TextSummary"] }));
    }
}
