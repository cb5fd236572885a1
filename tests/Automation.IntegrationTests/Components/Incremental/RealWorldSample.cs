using System.Text.RegularExpressions;
using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>
/// The component sample shaped like a real repository: lock files (<c>RestorePackagesWithLockFile</c>, written by the
/// first restore and left untracked), central package management, a multi-targeted library, deterministic source paths
/// (so coverlet.collector writes its <c>CoverletSourceRootsMapping_*</c> file into the test projects' <c>bin/</c>) and a
/// <c>Directory.Build.props</c>, and a unit test that writes a log into its own <c>bin/</c>. The whole pipeline runs three times: from scratch, again with nothing changed, and after
/// the unit tests' results were deleted (a test-only re-run). Verbose, so a summary that is not all up to date says why.
/// </summary>
public sealed partial class RealWorldSample : IDisposable
{
    public RealWorldSample()
    {
        Sample = ComponentSample.Create();
        Sample.Write("Directory.Build.props", """
            <Project>
              <PropertyGroup>
                <RestorePackagesWithLockFile>true</RestorePackagesWithLockFile>
                <DeterministicSourcePaths>true</DeterministicSourcePaths>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
            </Project>

            """);
        Sample.Write("Directory.Packages.props", """
            <Project>
              <PropertyGroup>
                <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
              </PropertyGroup>
              <ItemGroup>
                <PackageVersion Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageVersion Include="xunit" Version="2.9.3" />
                <PackageVersion Include="xunit.runner.visualstudio" Version="3.1.5" />
                <PackageVersion Include="coverlet.collector" Version="8.0.1" />
              </ItemGroup>
            </Project>

            """);
        foreach (var project in new[] { "tests/Sample.Tests/Sample.Tests.csproj", "tests/Sample.IntegrationTests/Sample.IntegrationTests.csproj" })
        {
            Sample.Write(project, PackageVersion().Replace(File.ReadAllText(Sample.PathOf(project)), string.Empty));
        }

        var library = Sample.PathOf("src/Sample.Library/Sample.Library.csproj");
        File.WriteAllText(library, File.ReadAllText(library).Replace(
            "<TargetFramework>net10.0</TargetFramework>", "<TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>", StringComparison.Ordinal));
        // Like tests that leave a log or a snapshot beside themselves: a file in the test project's own bin/, new each run.
        Sample.Write("tests/Sample.Tests/RunLogTests.cs", """
            using Xunit;

            namespace Sample.Tests;

            public class RunLogTests
            {
                [Fact]
                public void Leaves_a_log_beside_itself() => File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "test-run.log"), Guid.NewGuid().ToString());
            }

            """);
        Sample.Commit("Lock files, central package management, multi-targeting");

        First = Sample.Run<PipelineBuild>("pack", "--verbosity", "verbose");
        Unchanged = Sample.Run<PipelineBuild>("pack", "--verbosity", "verbose");
        Directory.Delete(Sample.PathOf("artifacts/test-results/Sample.Tests"), recursive: true);
        TestsRerun = Sample.Run<PipelineBuild>("pack", "--verbosity", "verbose");
    }

    public ComponentSample Sample { get; }

    public ComponentRun First { get; }

    public ComponentRun Unchanged { get; }

    public ComponentRun TestsRerun { get; }

    public void Dispose() => Sample.Dispose();

    [GeneratedRegex(@" Version=""[^""]*""")]
    private static partial Regex PackageVersion();
}
