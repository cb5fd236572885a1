using Automation.IntegrationTests.Components.Support;
using Automation.Versioning;

namespace Automation.IntegrationTests.Components.Packing;

/// <summary>
/// The component sample with a second packable project that names its own license and a third that targets two
/// frameworks, committed and packed once; the
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
        // The outer build of a multi-targeted project makes its package, so README and license must reach it too.
        Sample.Write("src/Sample.MultiTarget/Sample.MultiTarget.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>netstandard2.0;net10.0</TargetFrameworks>
                <Authors>Automation integration tests</Authors>
                <Description>Targets two frameworks.</Description>
              </PropertyGroup>
            </Project>

            """);
        Sample.Write("src/Sample.MultiTarget/Targets.cs", "namespace Sample.MultiTarget\n{\n    public static class Targets\n    {\n        public const int Count = 2;\n    }\n}\n");
        Sample.Write("Sample.slnx", """
            <Solution>
              <Project Path="src/Sample.Library/Sample.Library.csproj" />
              <Project Path="src/Sample.Licensed/Sample.Licensed.csproj" />
              <Project Path="src/Sample.MultiTarget/Sample.MultiTarget.csproj" />
              <Project Path="tests/Sample.Tests/Sample.Tests.csproj" />
              <Project Path="tests/Sample.IntegrationTests/Sample.IntegrationTests.csproj" />
            </Solution>

            """);
        Sample.Commit("Add a project with its own license and a multi-targeted one");
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
