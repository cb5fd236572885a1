using Automation.Cli.Setup;
using Automation.Cli.Setup.Porting;

namespace Automation.Tests.Porting;

public class NukeProjectRewriterTests
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net8.0</TargetFramework>
            <NukeRootDirectory>..</NukeRootDirectory>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Nuke.Common" Version="8.1.4" />
            <PackageReference Include="Nuke.Components" Version="8.1.4" />
            <PackageReference Include="Octokit" Version="13.0.1" />
            <PackageDownload Include="GitVersion.Tool" Version="[5.12.0]" />
          </ItemGroup>
        </Project>
        """;

    [Fact]
    public void Nuke_packages_become_one_reference_to_automation_components_and_the_rest_stays()
    {
        var ported = NukeProjectRewriter.Rewrite(Project, "1.2.3");

        Assert.DoesNotContain("Nuke.Common", ported, StringComparison.Ordinal);
        Assert.DoesNotContain("Nuke.Components", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Automation.Components\" Version=\"1.2.3\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Octokit\" Version=\"13.0.1\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"GitVersion.Tool\" Version=\"[5.12.0]\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<NukeRootDirectory>..</NukeRootDirectory>", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_targets_the_engines_framework()
    {
        var ported = NukeProjectRewriter.Rewrite(Project.Replace("<TargetFramework>net8.0</TargetFramework>", "<TargetFrameworks>net6.0;net8.0</TargetFrameworks>", StringComparison.Ordinal), "1.2.3");

        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", ported, StringComparison.Ordinal);
        Assert.DoesNotContain("net8.0", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_is_not_xml_is_a_setup_error_naming_the_way_out()
    {
        var error = Assert.Throws<SetupException>(() => NukeProjectRewriter.Rewrite("<Project>", "1.2.3"));

        Assert.Contains("--move-nuke", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_wide_usings_of_NUKE_namespaces_become_ours_once()
    {
        var project = Project.Replace("</ItemGroup>", """
              <Using Include="Nuke.Common" />
              <Using Include="Nuke.Common.IO" />
              <Using Include="Nuke.Components" />
              <Using Include="Nuke.Common.Tools.DotNet.DotNetTasks" Static="true" />
              <Using Include="Serilog" />
            </ItemGroup>
            """, StringComparison.Ordinal);

        var ported = NukeProjectRewriter.Rewrite(project, "1.2.3");

        Assert.DoesNotContain("Nuke.", ported, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ported, "<Using Include=\"Automation\" />"));
        Assert.Contains("<Using Include=\"Automation.Components\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<Using Include=\"Automation.DotNetTasks\" Static=\"true\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<Using Include=\"Serilog\" />", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_package_of_NUKE_goes_and_a_package_of_others_named_Nuke_stays()
    {
        var project = Project.Replace("<PackageReference Include=\"Octokit\" Version=\"13.0.1\" />", """
            <PackageReference Include="Nuke.Tooling" Version="9.0.4" />
                <PackageReference Include="Nuke.Utilities.IO.Globbing" Version="9.0.4" />
                <PackageReference Include="Nuke.GitHub" Version="5.0.1" />
            """, StringComparison.Ordinal);

        var ported = NukeProjectRewriter.Rewrite(project, "1.2.3");

        Assert.DoesNotContain("Nuke.Tooling", ported, StringComparison.Ordinal);
        Assert.DoesNotContain("Nuke.Utilities", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Nuke.GitHub\" Version=\"5.0.1\" />", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void Packages_Nuke_Common_brought_along_are_referenced_when_the_sources_use_them()
    {
        string[] sources =
        [
            "using Newtonsoft.Json;\nusing Microsoft.Build.Exceptions;\nclass Build { }",
            "class Cache { string Folder => NuGet.Configuration.SettingsUtility.GetGlobalPackagesFolder(null); }",
            "using ContentType = Azure.Core.ContentType;",
            "using Microsoft.Build.Tasks;\nclass Logger : Microsoft.Build.Utilities.Logger { }",
        ];

        var ported = NukeProjectRewriter.Rewrite(Project, "1.2.3", sources);

        Assert.Contains("<PackageReference Include=\"Newtonsoft.Json\" Version=\"13.0.4\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"NuGet.Packaging\" Version=\"8.0.0\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Azure.Core\" Version=\"1.65.0\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Microsoft.Build\" Version=\"17.11.48\" ExcludeAssets=\"runtime\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Microsoft.Build.Framework\" Version=\"17.11.48\" ExcludeAssets=\"runtime\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Microsoft.Build.Locator\" Version=\"1.11.2\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Microsoft.Build.Tasks.Core\" Version=\"17.7.2\" ExcludeAssets=\"runtime\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Microsoft.Build.Utilities.Core\" Version=\"17.11.48\" ExcludeAssets=\"runtime\" />", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void MSBuild_is_registered_by_setup_only_for_sources_that_use_its_types_and_do_not_register_it_themselves()
    {
        Assert.True(NukeProjectRewriter.NeedsMSBuildRegistration(["using Microsoft.Build.Exceptions;\nclass Build { }"]));
        Assert.False(NukeProjectRewriter.NeedsMSBuildRegistration(["using Microsoft.Build.Evaluation;", "MSBuildLocator.RegisterDefaults();"]));
        Assert.False(NukeProjectRewriter.NeedsMSBuildRegistration(["using Newtonsoft.Json;"]));

        var ported = NukeProjectRewriter.Rewrite(Project, "1.2.3", ["using Microsoft.Build.Locator;"]);

        Assert.Contains("<PackageReference Include=\"Microsoft.Build.Locator\" Version=\"1.11.2\" />", ported, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Microsoft.Build\"", ported, StringComparison.Ordinal);
        Assert.Contains("[ModuleInitializer]", MSBuildRegistration.Source, StringComparison.Ordinal);
        Assert.Contains("MSBuildLocator.RegisterDefaults();", MSBuildRegistration.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_brought_along_is_not_added_when_unused_or_already_referenced()
    {
        var project = Project.Replace("<PackageReference Include=\"Octokit\" Version=\"13.0.1\" />", "<PackageReference Include=\"newtonsoft.json\" Version=\"13.0.1\" />", StringComparison.Ordinal);

        var ported = NukeProjectRewriter.Rewrite(project, "1.2.3", ["using Newtonsoft.Json.Linq;", "// MyNuGet.Packaging is not NuGet's"]);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ported, "(?i)newtonsoft\\.json"));
        Assert.DoesNotContain("NuGet.Packaging", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_central_package_versions_the_new_references_override_the_version_instead_of_naming_one()
    {
        // ArchiToolkit, Material.Avalonia, NuGet.Promoter, Slang.Net: Nuke.Common's version is in the root's
        // Directory.Packages.props, where NuGet refuses a Version on a PackageReference (NU1008).
        var project = Project
            .Replace("<PackageReference Include=\"Nuke.Common\" Version=\"8.1.4\" />", "<PackageReference Include=\"Nuke.Common\" />", StringComparison.Ordinal)
            .Replace("<PackageReference Include=\"Nuke.Components\" Version=\"8.1.4\" />", "<PackageReference Include=\"Nuke.Components\" />", StringComparison.Ordinal);

        var ported = NukeProjectRewriter.Rewrite(project, "1.2.3", ["using Newtonsoft.Json;"]);

        Assert.Contains("<PackageReference Include=\"Automation.Components\" VersionOverride=\"1.2.3\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Newtonsoft.Json\" VersionOverride=\"13.0.4\" />", ported, StringComparison.Ordinal);
        Assert.Contains("<PackageReference Include=\"Octokit\" Version=\"13.0.1\" />", ported, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_named_no_framework_gets_the_engines()
    {
        // qyl-api-schema and Slang.Net: the framework came from the repository's Directory.Build.props.
        var ported = NukeProjectRewriter.Rewrite(Project.Replace("<TargetFramework>net8.0</TargetFramework>", string.Empty, StringComparison.Ordinal), "1.2.3");

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ported, "<TargetFramework>net10.0</TargetFramework>"));
        Assert.Contains("<OutputType>Exe</OutputType>", ported, StringComparison.Ordinal);
        var document = System.Xml.Linq.XDocument.Parse(ported);
        Assert.Equal("net10.0", document.Root!.Element("PropertyGroup")!.Element("TargetFramework")!.Value);
    }
}
