namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>Files the repository shapes have in common: a README and license, a nuget.config, a library and its xunit tests.</summary>
internal static class ShapeFiles
{
    public const string Readme = "# Sample library\n\nShaped like a real one.\n";

    public const string License = "MIT License\n\nCopyright (c) the sample's authors.\n";

    /// <summary>The test packages, at versions the registry here serves.</summary>
    public static readonly (string Id, string Version)[] TestPackages =
        [("Microsoft.NET.Test.Sdk", "18.0.1"), ("xunit", "2.9.3"), ("xunit.runner.visualstudio", "3.1.5")];

    public static readonly (string Id, string Version) Collector = ("coverlet.collector", "8.0.1");

    /// <summary>The usual .gitignore of a .NET repository (Visual Studio's template ignores build/ folders too).</summary>
    public static string GitIgnore(bool ignoresBuildFolders) =>
        "bin/\nobj/\n*.user\n.vs/\n" + (ignoresBuildFolders ? "[Bb]uild/\n[Bb]uilds/\n[Bb]in/\n[Oo]bj/\n" : string.Empty);

    /// <summary>A class library; <paramref name="targets"/> is one framework or several separated by ';'.</summary>
    public static string Library(string targets, string extra = "") => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <{(targets.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework")}>{targets}</{(targets.Contains(';', StringComparison.Ordinal) ? "TargetFrameworks" : "TargetFramework")}>
            <Description>A sample library.</Description>
            <Authors>Sample authors</Authors>{extra}
          </PropertyGroup>
        </Project>

        """;

    /// <summary>
    /// A test project referencing <paramref name="projectUnderTest"/>. Package versions are written into the project
    /// unless <paramref name="centralVersions"/>; the collector only when <paramref name="collector"/>.
    /// </summary>
    public static string TestProject(string projectUnderTest, bool collector = true, bool centralVersions = false, bool testSdk = true, string extra = "")
    {
        var packages = TestPackages.Where(p => testSdk || p.Id != "Microsoft.NET.Test.Sdk").ToList();
        if (collector)
        {
            packages.Add(Collector);
        }

        var references = string.Join("\n", packages.Select(p => centralVersions
            ? $"""    <PackageReference Include="{p.Id}" />"""
            : $"""    <PackageReference Include="{p.Id}" Version="{p.Version}" />"""));
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <IsPackable>false</IsPackable>{extra}
              </PropertyGroup>
              <ItemGroup>
            {references}
              </ItemGroup>
              <ItemGroup>
                <ProjectReference Include="{projectUnderTest}" />
              </ItemGroup>
            </Project>

            """;
    }

    /// <summary>Library code in C# 9 (no file-scoped namespaces, no global usings), as older repositories have.</summary>
    public static string LibraryCode(string ns) => $$"""
        using System;

        namespace {{ns}}
        {
            /// <summary>Adds numbers.</summary>
            public static class Calculator
            {
                /// <summary>The sum of <paramref name="a"/> and <paramref name="b"/>.</summary>
                public static int Add(int a, int b) => a + b;

                /// <summary>The absolute value, for a branch to cover.</summary>
                public static int Abs(int value) => value < 0 ? -value : value;

                /// <summary>Checks a value.</summary>
                public static void Require(bool condition)
                {
                    if (!condition)
                    {
                        throw new ArgumentException("The condition does not hold.", nameof(condition));
                    }
                }
            }
        }

        """;

    /// <summary>Three xunit tests, one skipped.</summary>
    public static string TestCode(string ns) => $$"""
        using Xunit;

        namespace {{ns}}.Tests
        {
            public class CalculatorTests
            {
                [Fact]
                public void Adds() => Assert.Equal(3, Calculator.Add(1, 2));

                [Fact]
                public void Takes_the_absolute_value() => Assert.Equal(2, Calculator.Abs(-2));

                [Fact(Skip = "Shows as skipped")]
                public void Skipped() => Assert.Equal(0, Calculator.Abs(0));
            }
        }

        """;
}
