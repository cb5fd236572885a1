using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// SLOW (real builds, with the tool installed from this checkout's packages): a repository whose MSBuild settings would break a build project that inherited them — an
/// old language version, warnings as errors, lock files, central package management without the components' version,
/// a Directory.Build.targets that fails any build, analyzers at error severity — and the build project setup writes
/// still compiles with a real <c>dotnet build</c>, leaving no lock file behind.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class SetupHostileRepositoryTests(InstalledTool tool) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _workspace = new("setup-hostile");

    private string Repository => _workspace.PathOf("repo");

    [LinuxFact]
    [Trait("Category", "Slow")]
    public async Task Slow_the_generated_build_project_compiles_in_a_repository_with_hostile_msbuild_settings()
    {
        var files = new Dictionary<string, string>
        {
            ["Directory.Build.props"] = """
                <Project>
                  <PropertyGroup>
                    <LangVersion>9.0</LangVersion>
                    <Nullable>disable</Nullable>
                    <ImplicitUsings>disable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <WarningsAsErrors>CS0649;CS8618</WarningsAsErrors>
                    <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>
                    <RestoreLockedMode>true</RestoreLockedMode>
                    <EnableNETAnalyzers>true</EnableNETAnalyzers>
                    <AnalysisLevel>latest-all</AnalysisLevel>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                  </PropertyGroup>
                </Project>
                """,
            ["Directory.Build.targets"] = """
                <Project>
                  <Target Name="RepositoryOnly" BeforeTargets="CoreCompile">
                    <Error Text="The repository's Directory.Build.targets reached the build project." />
                  </Target>
                </Project>
                """,
            ["Directory.Packages.props"] = """
                <Project>
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                </Project>
                """,
            [".editorconfig"] = "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.severity = error\ndotnet_diagnostic.CS1591.severity = error\n",
            ["src/Lib/Lib.csproj"] = "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n",
            ["nuget.config"] = SampleProjects.NuGetConfig(tool.FeedDirectory),
        };
        foreach (var (path, content) in files)
        {
            _workspace.Write(Path.Combine("repo", path), content);
        }

        (await RunAsync("git", ["init", "-q", "-b", "main"], Repository)).AssertExitCode(0);
        (await RunAsync("dotnet", ["new", "sln", "-n", "Hostile"], Repository)).AssertExitCode(0);
        (await RunAsync("dotnet", ["sln", "add", "src/Lib/Lib.csproj"], Repository)).AssertExitCode(0);

        (await RunAsync(tool.Automation, [":setup", "--yes", "--no-checks"], Repository)).AssertExitCode(0);
        var build = await RunAsync("dotnet", ["build", "build/_build.csproj", "-nologo"], Repository);

        build.AssertExitCode(0);
        Assert.False(File.Exists(Path.Combine(Repository, "build", "packages.lock.json")), "The build project wrote a lock file.");
        Assert.DoesNotContain("reached the build project", build.StandardOutput, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    private static Task<ProcessResult> RunAsync(string program, string[] args, string workingDirectory) =>
        ChildProcess.RunAsync(program, args, workingDirectory, Timeout);
}
