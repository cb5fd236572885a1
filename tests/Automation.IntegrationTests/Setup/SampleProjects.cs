using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>The files of a small repository to set up: a class library and its xunit tests (versions the registry serves).</summary>
internal static class SampleProjects
{
    public const string Library = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <Description>A greeting library.</Description>
          </PropertyGroup>
        </Project>

        """;

    public const string LibraryCode = """
        namespace Lib;

        /// <summary>Greets.</summary>
        public static class Greeter
        {
            /// <summary>A greeting for <paramref name="name"/>.</summary>
            public static string Greet(string name) => $"Hello, {name}!";
        }

        """;

    public static readonly string Tests = TestProjectFile.Referencing("../../src/Lib/Lib.csproj");

    public const string TestCode = """
        using Xunit;

        namespace Lib.Tests;

        public class GreeterTests
        {
            [Fact]
            public void Greets_by_name() => Assert.Equal("Hello, Ada!", Greeter.Greet("Ada"));

            [Fact]
            public void Greets_the_empty_name() => Assert.Equal("Hello, !", Greeter.Greet(string.Empty));
        }

        """;

    /// <summary>A settings override and an own target after pack, added to the Build.cs that setup wrote.</summary>
    public const string BuildExtension = """
            Configure<DotNetPackSettings> IPack.PackSettings => s => s with { IncludeSymbols = false };

            public sealed class DeploySettings
            {
                public string Region { get; set; } = "";
                public string Url { get; set; } = "";
                public string[] Hosts { get; set; } = [];
                public int TimeoutSeconds { get; set; } = 30;
                public string Password { get; set; } = "";
            }

            Target Bundle => _ => _
                .Description("Pack, then count the packages")
                .DependsOn<IPack>()
                .Executes(ctx => ctx.Info($"bundle: {Directory.GetFiles(((IPack)this).PackagesDirectory, "*.nupkg").Length} package(s)"));
        }

        """;

    /// <summary>A nuget.config adding the test's folder feed to the machine's own sources (no &lt;clear/&gt;).</summary>
    public static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="automation-e2e" value="{System.Security.SecurityElement.Escape(feed)}" />
          </packageSources>
        </configuration>

        """;
}
