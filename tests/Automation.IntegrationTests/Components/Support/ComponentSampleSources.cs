using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Support;

/// <summary>
/// The sample repository the component tests build: a packable class library, a unit test project and an integration
/// test project (both collecting coverage), a README and a license at the root, and the local tool manifest.
/// </summary>
public static class ComponentSampleSources
{
    private static readonly string TestProject = TestProjectFile.Referencing("../../src/Sample.Library/Sample.Library.csproj");

    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        // Empty, so MSBuild stops looking upwards wherever the temp folder is.
        ["Directory.Build.props"] = "<Project />\n",
        ["Directory.Build.targets"] = "<Project />\n",
        [".gitignore"] = "bin/\nobj/\nartifacts/\n.nuke/temp/\n",
        [".nuke/parameters.json"] = "{}\n",
        [".config/dotnet-tools.json"] = """
            {
              "version": 1,
              "isRoot": true,
              "tools": {
                "dotnet-reportgenerator-globaltool": { "version": "5.6.0", "commands": ["reportgenerator"], "rollForward": false }
              }
            }

            """,
        ["README.md"] = "# Sample\n\nGreets people.\n",
        ["LICENSE"] = "MIT License\n\nCopyright (c) Automation integration tests\n",
        ["Sample.slnx"] = """
            <Solution>
              <Folder Name="/src/">
                <Project Path="src/Sample.Library/Sample.Library.csproj" />
              </Folder>
              <Folder Name="/tests/">
                <Project Path="tests/Sample.Tests/Sample.Tests.csproj" />
                <Project Path="tests/Sample.IntegrationTests/Sample.IntegrationTests.csproj" />
              </Folder>
            </Solution>

            """,
        ["src/Sample.Library/Sample.Library.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <Authors>Automation integration tests</Authors>
                <Description>A sample library packed by the component tests.</Description>
              </PropertyGroup>
            </Project>

            """,
        ["src/Sample.Library/Greeter.cs"] = """
            namespace Sample.Library;

            public static class Greeter
            {
                public static string Greet(string name) => string.IsNullOrEmpty(name) ? "Hello!" : $"Hello, {name}!";

                public static string Farewell(string name) => $"Goodbye, {name}.";
            }

            """,
        ["tests/Sample.Tests/Sample.Tests.csproj"] = TestProject,
        ["tests/Sample.Tests/GreeterTests.cs"] = """
            using Sample.Library;
            using Xunit;

            namespace Sample.Tests;

            public class GreeterTests
            {
                [Fact]
                public void Greets_by_name() => Assert.Equal("Hello, Ada!", Greeter.Greet("Ada"));

                [Fact]
                public void Greets_nobody_politely() => Assert.Equal("Hello!", Greeter.Greet(string.Empty));

                [Fact(Skip = "kept to show skipped counts")]
                public void Skipped() => Assert.Fail("never runs");
            }

            """,
        ["tests/Sample.IntegrationTests/Sample.IntegrationTests.csproj"] = TestProject,
        ["tests/Sample.IntegrationTests/FarewellTests.cs"] = """
            using Sample.Library;
            using Xunit;

            namespace Sample.IntegrationTests;

            public class FarewellTests
            {
                [Fact]
                public void Says_goodbye() => Assert.Equal("Goodbye, Ada.", Greeter.Farewell("Ada"));
            }

            """,
    };

    /// <summary>A unit test that fails, named so a test can look for it in the output.</summary>
    public const string FailingUnitTest = """
        using Xunit;

        namespace Sample.Tests;

        public class BrokenTests
        {
            [Fact]
            public void Answer_is_forty_two() => Assert.Equal(42, 41);
        }

        """;
}
