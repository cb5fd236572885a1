using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Tools.DotNet;

/// <summary>The files of the sample: a packable class library with a README and an xunit project testing it.</summary>
public static class DotNetSampleSources
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        // Empty, so MSBuild stops looking upwards wherever the temp folder is.
        ["Directory.Build.props"] = "<Project />\n",
        ["Directory.Build.targets"] = "<Project />\n",
        [".config/dotnet-tools.json"] = """{ "version": 1, "isRoot": true, "tools": {} }""" + "\n",
        ["Sample.slnx"] = """
            <Solution>
              <Project Path="src/Sample.Library/Sample.Library.csproj" />
              <Project Path="tests/Sample.Tests/Sample.Tests.csproj" />
            </Solution>

            """,
        ["src/Sample.Library/Sample.Library.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <Authors>Automation integration tests</Authors>
                <Description>A sample library packed by the integration tests.</Description>
                <PackageReadmeFile>README.md</PackageReadmeFile>
              </PropertyGroup>
              <ItemGroup>
                <None Include="README.md" Pack="true" PackagePath="/" />
              </ItemGroup>
            </Project>

            """,
        ["src/Sample.Library/README.md"] = "# Sample.Library\n\nGreets people.\n",
        ["src/Sample.Library/Greeter.cs"] = """
            namespace Sample.Library;

            public static class Greeter
            {
                public static string Greet(string name) => $"Hello, {name}!";
            }

            """,
        ["tests/Sample.Tests/Sample.Tests.csproj"] = TestProjectFile.Referencing("../../src/Sample.Library/Sample.Library.csproj"),
        ["tests/Sample.Tests/GreeterTests.cs"] = """
            using Sample.Library;
            using Xunit;

            namespace Sample.Tests;

            public class GreeterTests
            {
                [Fact]
                public void Greets_by_name() => Assert.Equal("Hello, Ada!", Greeter.Greet("Ada"));

                [Fact]
                public void Greets_nobody_politely() => Assert.Equal("Hello, !", Greeter.Greet(string.Empty));
            }

            """,
    };

    /// <summary>Valid C# that <c>dotnet format</c> would re-indent.</summary>
    public const string Misformatted = """
        namespace Sample.Library;

        public static class Misformatted
        {
        public static int Answer( ) {return 42;}
        }

        """;
}
