using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.Packing;

/// <summary>A pack that fails part-way leaves the packages folder as it was: no partial set, no staging folder.</summary>
public sealed class PackFailureTests
{
    [Fact]
    public void A_project_that_breaks_during_pack_leaves_no_partial_package_behind()
    {
        using var sample = ComponentSample.Create();
        sample.Write("src/Sample.Broken/Sample.Broken.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <Target Name="BreakPacking" BeforeTargets="GenerateNuspec">
                <Error Text="Sample.Broken breaks while packing, on purpose." />
              </Target>
            </Project>

            """);
        sample.Write("src/Sample.Broken/Broken.cs", "namespace Sample.Broken;\n\npublic static class Broken;\n");
        sample.Write("Sample.slnx", """
            <Solution>
              <Project Path="src/Sample.Library/Sample.Library.csproj" />
              <Project Path="src/Sample.Broken/Sample.Broken.csproj" />
            </Solution>

            """);
        sample.Commit("Add a project that cannot be packed");
        var earlier = sample.Write("artifacts/packages/Earlier.1.0.0.nupkg", "from an earlier run");

        var run = sample.Run<PackBuild>("pack").AssertExitCode(1);

        Assert.Contains("breaks while packing, on purpose", run.Output, StringComparison.Ordinal);
        Assert.Equal([earlier], Directory.GetFiles(sample.PathOf("artifacts/packages")));
        Assert.Equal("from an earlier run", File.ReadAllText(earlier));
        Assert.Empty(Directory.GetDirectories(sample.PathOf("artifacts"), ".packing-*"));
    }
}
