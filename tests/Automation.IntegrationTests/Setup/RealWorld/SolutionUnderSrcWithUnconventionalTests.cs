using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// Like an HTML diffing library: the solution lives in src/, and the test project is called DiffingVerification and
/// gets its test packages from a Directory.Build.props, so neither its name nor its own file says it holds tests
/// (seen: no tests, coverage or tool manifest were generated; the build project registered as ..\build\_build.csproj was
/// built by compile; --solution was not remembered).
/// </summary>
public sealed class SolutionUnderSrcWithUnconventionalTests : RepositoryShape
{
    public override string Name => "solution under src/, a test project not named *.Tests";

    public override (int Passed, int Failed, int Skipped) Tests => (2, 0, 1);

    public override IReadOnlyList<string> Packages => ["Diffing"];

    public override IReadOnlyDictionary<string, string> Files(string feed) => new Dictionary<string, string>
    {
        ["README.md"] = ShapeFiles.Readme,
        ["LICENSE"] = ShapeFiles.License,
        ["nuget.config"] = SampleProjects.NuGetConfig(feed),
        [".gitignore"] = ShapeFiles.GitIgnore(ignoresBuildFolders: false),
        ["src/Directory.Build.props"] = $"""
            <Project>
              <PropertyGroup>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <!-- Every *Verification project is a test project. -->
              <ItemGroup Condition="$(MSBuildProjectName.EndsWith('Verification'))">
            {string.Join("\n", ShapeFiles.TestPackages.Append(ShapeFiles.Collector).Select(p => $"""    <PackageReference Include="{p.Id}" Version="{p.Version}" />"""))}
              </ItemGroup>
            </Project>

            """,
        ["src/Diffing/Diffing.csproj"] = ShapeFiles.Library("net10.0"),
        ["src/Diffing/Calculator.cs"] = ShapeFiles.LibraryCode("Diffing"),
        ["src/DiffingVerification/DiffingVerification.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Diffing/Diffing.csproj" />
              </ItemGroup>
            </Project>

            """,
        ["src/DiffingVerification/CalculatorTests.cs"] = ShapeFiles.TestCode("Diffing"),
    };

    public override Task PrepareAsync(SampleRepository repository) =>
        CreateSolutionAsync(repository, "src/Diffing.sln", "src/Diffing/Diffing.csproj", "src/DiffingVerification/DiffingVerification.csproj");

    public override Task CheckSetupAsync(SampleRepository repository, ProcessResult setup)
    {
        Assert.Contains("src/Diffing.sln", repository.Read(".nuke/parameters.json"), StringComparison.Ordinal);
        Assert.Contains("DiffingVerification", repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Contains("IReportCoverage", repository.Read("build/Build.cs"), StringComparison.Ordinal);
        Assert.Contains(@"..\build\_build.csproj", repository.Read("src/Diffing.sln"), StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    // compile builds the solution; the running build is not part of that build.
    public override void CheckFirstBuild(SampleRepository repository, ProcessResult build) =>
        Assert.DoesNotContain("_build.dll", build.StandardOutput, StringComparison.Ordinal);
}
