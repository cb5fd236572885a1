using System.Xml.Linq;
using Automation.Cli.Setup.Porting;
using Automation.Tests.Docs;
using Automation.Tests.Support;
using NuGet.Versioning;

namespace Automation.Tests.Porting;

/// <summary>
/// NuGet.Promoter and Slang.Net: the repository's Directory.Packages.props pins JetBrains.Annotations and NuGet.Versioning
/// lower than the engine's packages need, and the ported build failed restore with NU1109. The port overrides those pins
/// in the build project only.
/// </summary>
public sealed class CentralVersionOverrideTests
{
    private const string CentralProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net8.0</TargetFramework>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Nuke.Common" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void The_engines_dependencies_are_read_from_its_own_project_files()
    {
        var engineProject = XDocument.Load(Path.Combine(DocumentationFiles.Root, "src", "Automation", "Automation.csproj"));
        var declared = engineProject.Descendants("PackageReference").Where(e => (string?)e.Attribute("PrivateAssets") != "all").ToList();

        Assert.NotEmpty(declared);
        foreach (var reference in declared)
        {
            Assert.Equal(NuGetVersion.Parse((string)reference.Attribute("Version")!), EngineDependencies.All[(string)reference.Attribute("Include")!]);
        }
    }

    [Fact]
    public void Packages_pinned_lower_than_the_engine_needs_get_the_engines_version_as_an_override()
    {
        var annotations = EngineDependencies.All["JetBrains.Annotations"];
        var versioning = EngineDependencies.All["NuGet.Versioning"];
        var pins = new Dictionary<string, NuGetVersion>(StringComparer.OrdinalIgnoreCase)
        {
            ["JetBrains.Annotations"] = NuGetVersion.Parse("2023.3.0"),
            ["NuGet.Versioning"] = NuGetVersion.Parse("6.0.0"),
            ["Serilog"] = new(versioning.Major + 100, 0, 0),
            ["xunit"] = NuGetVersion.Parse("2.4.0"),
        };

        var ported = NukeProjectRewriter.Rewrite(CentralProject, "1.2.3", [], pins);

        Assert.Contains($"<PackageReference Include=\"JetBrains.Annotations\" VersionOverride=\"{annotations.ToNormalizedString()}\" />", ported, StringComparison.Ordinal);
        Assert.Contains($"<PackageReference Include=\"NuGet.Versioning\" VersionOverride=\"{versioning.ToNormalizedString()}\" />", ported, StringComparison.Ordinal);
        Assert.DoesNotContain("Serilog", ported, StringComparison.Ordinal);
        Assert.DoesNotContain("xunit", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_the_build_has_without_a_version_gets_the_override_and_one_with_its_own_version_stays()
    {
        var project = CentralProject.Replace(
            "<PackageReference Include=\"Nuke.Common\" />",
            "<PackageReference Include=\"Nuke.Common\" />\n    <PackageReference Include=\"JetBrains.Annotations\" />\n    <PackageReference Include=\"NuGet.Versioning\" VersionOverride=\"6.0.0\" />",
            StringComparison.Ordinal);
        var pins = new Dictionary<string, NuGetVersion>(StringComparer.OrdinalIgnoreCase)
        {
            ["JetBrains.Annotations"] = NuGetVersion.Parse("2023.3.0"),
            ["NuGet.Versioning"] = NuGetVersion.Parse("6.0.0"),
        };

        var ported = NukeProjectRewriter.Rewrite(project, "1.2.3", [], pins);

        Assert.Contains($"<PackageReference Include=\"JetBrains.Annotations\" VersionOverride=\"{EngineDependencies.All["JetBrains.Annotations"].ToNormalizedString()}\" />", ported, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ported, "JetBrains\\.Annotations"));
        Assert.Contains("<PackageReference Include=\"NuGet.Versioning\" VersionOverride=\"6.0.0\" />", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_central_package_management_nothing_is_overridden()
    {
        var pins = new Dictionary<string, NuGetVersion>(StringComparer.OrdinalIgnoreCase) { ["JetBrains.Annotations"] = NuGetVersion.Parse("2023.3.0") };

        var ported = NukeProjectRewriter.Rewrite(CentralProject.Replace("Include=\"Nuke.Common\"", "Include=\"Nuke.Common\" Version=\"8.1.4\"", StringComparison.Ordinal), "1.2.3", [], pins);

        Assert.DoesNotContain("JetBrains.Annotations", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pins_are_read_from_the_nearest_directory_packages_props_up_to_the_root()
    {
        using var repository = new TestRepository();
        repository.WriteFile("Directory.Packages.props", """
            <Project>
              <ItemGroup>
                <PackageVersion Include="JetBrains.Annotations" Version="2023.3.0" />
                <PackageVersion Include="NuGet.Versioning" Version="[6.0.0, 7.0.0)" />
                <PackageVersion Include="Computed" Version="$(ComputedVersion)" />
              </ItemGroup>
            </Project>
            """);
        repository.WriteFile("build/Build.cs", "class Build { }");

        var pins = CentralPackageVersions.Read(AbsolutePath.Create(repository.Root), AbsolutePath.Create(Path.Combine(repository.Root, "build")));

        Assert.Equal(NuGetVersion.Parse("2023.3.0"), pins["jetbrains.annotations"]);
        Assert.Equal(NuGetVersion.Parse("6.0.0"), pins["NuGet.Versioning"]);
        Assert.False(pins.ContainsKey("Computed"));
    }

    [Fact]
    public void A_repository_without_central_versions_has_no_pins()
    {
        using var repository = new TestRepository();
        repository.WriteFile("build/Build.cs", "class Build { }");

        Assert.Empty(CentralPackageVersions.Read(AbsolutePath.Create(repository.Root), AbsolutePath.Create(Path.Combine(repository.Root, "build"))));
    }
}
