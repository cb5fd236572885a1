using System.Text.RegularExpressions;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// SLOW (several minutes): the whole way a new user takes. With the tool installed from this checkout's packages, run <c>automation :setup --yes</c> in a fresh git repository with a library and xunit tests, run its
/// pipeline from a subfolder through the tool, then extend the build (a settings override and an own target after
/// pack) and run that. Everything lives in one temp folder, removed afterwards with the test version's cache entries.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class SetupEndToEndTests(InstalledTool tool) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _workspace = new("setup-e2e");

    private string Repository => _workspace.PathOf("repo");

    [LinuxFact]
    [Trait("Category", "Slow")]
    public async Task Slow_end_to_end_setup_in_a_fresh_repository_then_pack_then_extend_the_build()
    {
        var automation = tool.Automation;
        await CreateRepositoryAsync();

        var setup = (await RunAsync(automation, [":setup", "--yes"], Path.Combine(Repository, "src"))).AssertExitCode(0);
        Assert.Contains("created    build/Build.cs (IClean, ILint, ITest, IReportCoverage, IPack, IVersion, IPublish)", setup.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"Automation.Components\" Version=\"{tool.Version}\" />", File.ReadAllText(Path.Combine(Repository, "build", "_build.csproj")), StringComparison.Ordinal);
        await GitAsync("add", "-A");
        await GitAsync("commit", "-q", "-m", "Automation build");

        // The tool finds the root from a subfolder and runs the repository's build.sh with the arguments.
        var pack = (await RunAsync(automation, ["pack"], Path.Combine(Repository, "tests"))).AssertExitCode(0);
        Assert.Matches(@"(?m)^Tests: 2 passed, 0 failed, 0 skipped", pack.StandardOutput);
        Assert.Contains("Build succeeded", pack.StandardOutput, StringComparison.Ordinal);
        var packages = Path.Combine(Repository, "artifacts", "packages");
        Assert.Single(Directory.GetFiles(packages, "Lib.*.nupkg"), p => Regex.IsMatch(Path.GetFileName(p), @"^Lib\.\d+\.\d+\.\d+.*\.nupkg$"));
        Assert.Single(Directory.GetFiles(packages, "Lib.*.snupkg"));

        // Extending: a settings hook override (no symbols package) and an own target depending on pack.
        var buildClass = Path.Combine(Repository, "build", "Build.cs");
        var text = File.ReadAllText(buildClass).TrimEnd();
        File.WriteAllText(buildClass, text[..text.LastIndexOf('}')] + SampleProjects.BuildExtension);
        Directory.Delete(packages, recursive: true);

        var bundle = (await RunAsync("bash", ["build.sh", "bundle", "--skip", "lint", "unit-test", "coverage"], Repository)).AssertExitCode(0);
        Assert.Contains("bundle: 1 package(s)", bundle.StandardOutput, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(packages, "Lib.*.nupkg"));
        Assert.Empty(Directory.GetFiles(packages, "*.snupkg"));
    }

    public void Dispose() => _workspace.Dispose();

    private async Task CreateRepositoryAsync()
    {
        var files = new Dictionary<string, string>
        {
            ["src/Lib/Lib.csproj"] = SampleProjects.Library,
            ["src/Lib/Greeter.cs"] = SampleProjects.LibraryCode,
            ["tests/Lib.Tests/Lib.Tests.csproj"] = SampleProjects.Tests,
            ["tests/Lib.Tests/GreeterTests.cs"] = SampleProjects.TestCode,
            ["nuget.config"] = SampleProjects.NuGetConfig(tool.FeedDirectory),
        };
        foreach (var (path, content) in files)
        {
            _workspace.Write(Path.Combine("repo", path), content);
        }

        await GitAsync("init", "-q", "-b", "main");
        (await RunAsync("dotnet", ["new", "sln", "-n", "Sample"], Repository)).AssertExitCode(0);
        (await RunAsync("dotnet", ["sln", "add", "src/Lib/Lib.csproj", "tests/Lib.Tests/Lib.Tests.csproj"], Repository)).AssertExitCode(0);
        await GitAsync("add", "-A");
        await GitAsync("commit", "-q", "-m", "Library and tests");
    }

    private async Task GitAsync(params string[] args) =>
        (await RunAsync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. args], Repository)).AssertExitCode(0);

    private static Task<ProcessResult> RunAsync(string program, string[] args, string workingDirectory) =>
        ChildProcess.RunAsync(program, args, workingDirectory, Timeout);
}
