using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// Central package management (Directory.Packages.props), and code that builds and passes its tests but has a
/// compiler warning and formatting findings: the gates must start in report mode, not fail the first build.
/// </summary>
public sealed class CentralPackagesWithFindings : RepositoryShape
{
    public override string Name => "central package management, lint findings, a compiler warning";

    public override (int Passed, int Failed, int Skipped) Tests => (2, 0, 1);

    public override IReadOnlyList<string> Packages => ["Shop"];

    public override IReadOnlyDictionary<string, string> Files(string feed) => new Dictionary<string, string>
    {
        ["Directory.Packages.props"] = $"""
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", ShapeFiles.TestPackages.Append(ShapeFiles.Collector).Select(p => $"""    <PackageVersion Include="{p.Id}" Version="{p.Version}" />"""))}
              </ItemGroup>
            </Project>

            """,
        ["README.md"] = ShapeFiles.Readme,
        ["nuget.config"] = SampleProjects.NuGetConfig(feed),
        [".gitignore"] = ShapeFiles.GitIgnore(ignoresBuildFolders: false),
        ["src/Shop/Shop.csproj"] = ShapeFiles.Library("net10.0"),
        ["src/Shop/Calculator.cs"] = ShapeFiles.LibraryCode("Shop"),

        // Indented by three spaces (a whitespace finding), and an unused variable (warning CS0168).
        ["src/Shop/Basket.cs"] = """
            namespace Shop
            {
               /// <summary>A basket.</summary>
               public static class Basket
               {
                  /// <summary>The number of items.</summary>
                  public static int Count()
                  {
                     int unused;
                     return 0;
                  }
               }
            }

            """,
        ["tests/Shop.Tests/Shop.Tests.csproj"] = ShapeFiles.TestProject("../../src/Shop/Shop.csproj", centralVersions: true),
        ["tests/Shop.Tests/CalculatorTests.cs"] = ShapeFiles.TestCode("Shop"),
    };

    public override Task PrepareAsync(SampleRepository repository) =>
        CreateSolutionAsync(repository, "Shop.sln", "src/Shop/Shop.csproj", "tests/Shop.Tests/Shop.Tests.csproj");

    public override Task CheckSetupAsync(SampleRepository repository, ProcessResult setup)
    {
        var build = repository.Read("build/Build.cs");
        Assert.Contains("bool ILint.FailOnFindings => false;", build, StringComparison.Ordinal);
        Assert.Contains("bool ICompile.WarningsAsErrors => false;", build, StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    public override void CheckFirstBuild(SampleRepository repository, ProcessResult build) =>
        Assert.Matches(@"(?m)^lint +Succeeded\b.*findings \(report only\)", build.StandardOutput);
}
