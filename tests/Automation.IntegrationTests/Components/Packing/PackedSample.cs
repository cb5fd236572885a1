using Automation.IntegrationTests.Components.Support;
using Automation.Versioning;

namespace Automation.IntegrationTests.Components.Packing;

/// <summary>
/// The component sample with a second packable project that names its own license, committed and packed once; the
/// pack tests only read what it produced.
/// </summary>
public sealed class PackedSample : IDisposable
{
    public PackedSample()
    {
        Sample = ComponentSample.Create();
        Sample.Write("src/Sample.Licensed/Sample.Licensed.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Authors>Automation integration tests</Authors>
                <Description>Names its own license, so pack must not add the root one.</Description>
                <PackageLicenseExpression>Apache-2.0</PackageLicenseExpression>
              </PropertyGroup>
            </Project>

            """);
        Sample.Write("src/Sample.Licensed/Licensed.cs", "namespace Sample.Licensed;\n\npublic static class Licensed\n{\n    public const string Name = \"Apache\";\n}\n");
        Sample.Write("Sample.slnx", """
            <Solution>
              <Project Path="src/Sample.Library/Sample.Library.csproj" />
              <Project Path="src/Sample.Licensed/Sample.Licensed.csproj" />
              <Project Path="tests/Sample.Tests/Sample.Tests.csproj" />
              <Project Path="tests/Sample.IntegrationTests/Sample.IntegrationTests.csproj" />
            </Solution>

            """);
        Sample.Commit("Add a project with its own license");
        Version = VersionCalculator.Calculate(new VersionRequest { RepositoryDirectory = Sample.Root });
        Run = Sample.Run<PackBuild>("pack");
    }

    public ComponentSample Sample { get; }

    /// <summary>The version the build should compute for the sample's HEAD.</summary>
    public VersionVariables Version { get; }

    /// <summary>The one <c>pack</c> run.</summary>
    public ComponentRun Run { get; }

    public string PackagesDirectory => Sample.PathOf("artifacts/packages");

    public PackageFile Package(string id) => new(Path.Combine(PackagesDirectory, $"{id}.{Version.SemVer}.nupkg"));

    public void Dispose() => Sample.Dispose();
}
