namespace Automation.IntegrationTests.Support;

/// <summary>
/// The project file of a sample's xunit test project, with coverage, at the package versions the registry here
/// serves: one place to change them.
/// </summary>
public static class TestProjectFile
{
    /// <summary>A test project referencing <paramref name="projectUnderTest"/> (a path relative to the test project).</summary>
    public static string Referencing(string projectUnderTest) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <IsPackable>false</IsPackable>
            <IsTestProject>true</IsTestProject>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
            <PackageReference Include="xunit" Version="2.9.3" />
            <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
            <PackageReference Include="coverlet.collector" Version="8.0.1" />
          </ItemGroup>
          <ItemGroup>
            <ProjectReference Include="{projectUnderTest}" />
          </ItemGroup>
        </Project>

        """;
}
