using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// Like an HTML sanitizer: Visual Studio's .gitignore (which ignores any build/ folder), a benchmark exe beside the
/// library, a .slnx solution, and tests without a coverage collector (seen: setup said "commit the new files" that git
/// ignored; the exe was packed; coverage failed on "No coverage files" while the tests passed). And, like a cron
/// parser's, a nuget.config that puts NuGet's package folder inside the repository, where nothing ignores it (seen:
/// setup's restore left a 930 MB folder that git would commit).
/// </summary>
public sealed class IgnoredBuildFolderWithoutCollector : RepositoryShape
{
    public override string Name => "build/ git-ignored, a benchmark exe, no coverage collector, .slnx";

    public override (int Passed, int Failed, int Skipped) Tests => (2, 0, 1);

    public override IReadOnlyList<string> Packages => ["Sanitizer"];

    public override IReadOnlyDictionary<string, string> Files(string feed) => new Dictionary<string, string>
    {
        ["README.md"] = ShapeFiles.Readme,
        ["LICENSE.md"] = ShapeFiles.License,
        ["nuget.config"] = SampleProjects.NuGetConfig(feed).Replace(
            "<packageSources>",
            "<config>\n    <add key=\"globalPackagesFolder\" value=\"packages\" />\n  </config>\n  <packageSources>",
            StringComparison.Ordinal),
        [".gitignore"] = ShapeFiles.GitIgnore(ignoresBuildFolders: true),
        ["src/Sanitizer/Sanitizer.csproj"] = ShapeFiles.Library("net10.0"),
        ["src/Sanitizer/Calculator.cs"] = ShapeFiles.LibraryCode("Sanitizer"),
        ["bench/Sanitizer.Benchmarks/Sanitizer.Benchmarks.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../../src/Sanitizer/Sanitizer.csproj" />
              </ItemGroup>
            </Project>

            """,
        ["bench/Sanitizer.Benchmarks/Program.cs"] = "System.Console.WriteLine(Sanitizer.Calculator.Add(1, 2));\n",
        ["tests/Sanitizer.Tests/Sanitizer.Tests.csproj"] = ShapeFiles.TestProject("../../src/Sanitizer/Sanitizer.csproj", collector: false),
        ["tests/Sanitizer.Tests/CalculatorTests.cs"] = ShapeFiles.TestCode("Sanitizer"),
    };

    public override Task PrepareAsync(SampleRepository repository) =>
        CreateSolutionAsync(repository, "Sanitizer.slnx", "src/Sanitizer/Sanitizer.csproj", "bench/Sanitizer.Benchmarks/Sanitizer.Benchmarks.csproj", "tests/Sanitizer.Tests/Sanitizer.Tests.csproj");

    public override async Task CheckSetupAsync(SampleRepository repository, ProcessResult setup)
    {
        Assert.DoesNotContain("IReportCoverage", repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Contains("coverlet.collector", setup.StandardOutput, StringComparison.Ordinal);

        // git sees the new build: the .gitignore got a negation, and build outputs stay ignored.
        await repository.GitAsync("add", "-A");
        var tracked = await repository.TrackedFilesAsync();
        Assert.Contains("build/Build.cs", tracked);
        Assert.Contains("build/_build.csproj", tracked);
        Assert.Contains("/packages/", repository.Read(".gitignore"), StringComparison.Ordinal);
        Assert.DoesNotContain(tracked, file => file.StartsWith("packages/", StringComparison.Ordinal));
        (await repository.RunAsync("git", "check-ignore", "-q", "build/bin/Debug/net10.0/_build.dll")).AssertExitCode(0);
    }

    public override void CheckFirstBuild(SampleRepository repository, ProcessResult build) =>
        Assert.Empty(Directory.GetFiles(repository.PathOf("artifacts/packages"), "Sanitizer.Benchmarks.*"));
}
