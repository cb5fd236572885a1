using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// Like a cron-expression parser: a library for netstandard2.0 and net10.0, lock files committed, and a
/// Directory.Build.props that pins C# 9 and turns lock files on for every project below it, build/ included unless the
/// build is isolated (seen: CS8773 in the generated build; a lock file in build/ that later broke restore).
/// </summary>
public sealed class MultiTargetingWithLockFiles : RepositoryShape
{
    public override string Name => "multi-targeting, lock files, LangVersion 9.0";

    public override (int Passed, int Failed, int Skipped) Tests => (2, 0, 1);

    public override IReadOnlyList<string> Packages => ["Cron"];

    public override IReadOnlyDictionary<string, string> Files(string feed) => new Dictionary<string, string>
    {
        ["Directory.Build.props"] = """
            <Project>
              <PropertyGroup>
                <LangVersion>9.0</LangVersion>
                <Nullable>enable</Nullable>
                <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>
              </PropertyGroup>
            </Project>

            """,
        ["README.md"] = ShapeFiles.Readme,
        ["LICENSE"] = ShapeFiles.License,
        ["nuget.config"] = SampleProjects.NuGetConfig(feed),
        [".gitignore"] = ShapeFiles.GitIgnore(ignoresBuildFolders: false),
        ["src/Cron/Cron.csproj"] = ShapeFiles.Library("netstandard2.0;net10.0"),
        ["src/Cron/Calculator.cs"] = ShapeFiles.LibraryCode("Cron"),
        ["tests/Cron.Tests/Cron.Tests.csproj"] = ShapeFiles.TestProject("../../src/Cron/Cron.csproj"),
        ["tests/Cron.Tests/CalculatorTests.cs"] = ShapeFiles.TestCode("Cron"),
    };

    public override async Task PrepareAsync(SampleRepository repository)
    {
        await CreateSolutionAsync(repository, "Cron.sln", "src/Cron/Cron.csproj", "tests/Cron.Tests/Cron.Tests.csproj");
        (await repository.RunAsync("dotnet", "restore", "Cron.sln")).AssertExitCode(0);
        Assert.True(repository.Exists("src/Cron/packages.lock.json"), "The repository's own restore writes lock files.");
    }

    public override void CheckFirstBuild(SampleRepository repository, ProcessResult build)
    {
        Assert.False(repository.Exists("build/packages.lock.json"), "The build project must not inherit the repository's lock files.");

        // The outer, multi-targeting pack carries the root README and license too.
        var package = Directory.GetFiles(repository.PathOf("artifacts/packages"), "Cron.*.nupkg").Single();
        var entries = Entries(package);
        Assert.Contains("README.md", entries);
        Assert.Contains("LICENSE", entries);
        Assert.Contains(entries, e => e.StartsWith("lib/netstandard2.0/", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.StartsWith("lib/net10.0/", StringComparison.Ordinal));
    }
}
