using System.Text.RegularExpressions;
using System.Xml.Linq;
using Automation.Core;
using Automation.Tests.Support;
using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

// TeamCity's Kotlin DSL compiles only against a TeamCity server's DSL libraries, which are not available here: the
// settings are checked against expected files and for their structure (build types declared and referred to).
public sealed partial class TeamCityGeneratorTests
{
    private static string Settings(object build) => Content(build, ".teamcity/settings.kts");

    [Fact]
    public void Settings_match_the_expected_file()
    {
        ExpectedFile.Match(Settings(new TeamCitySamples.Pipeline()), "teamcity.settings");
    }

    [Fact]
    public void The_pom_the_DSL_needs_is_written_beside_the_settings_and_is_well_formed_XML()
    {
        var pom = XDocument.Parse(Content(new TeamCitySamples.Pipeline(), ".teamcity/pom.xml"));
        XNamespace maven = "http://maven.apache.org/POM/4.0.0";

        Assert.Contains(pom.Descendants(maven + "artifactId"), e => e.Value == "configs-dsl-kotlin-latest");
    }

    [Fact]
    public void Every_entry_target_gets_a_build_type_and_non_entry_and_excluded_targets_do_not()
    {
        var settings = Settings(new TeamCitySamples.Pipeline());

        Assert.Equal(["Compile", "Test", "Pack", "Publish"], ProjectBuildTypes().Matches(settings).Select(m => m.Groups[1].Value));
        Assert.Equal(["Compile", "Test", "Pack", "Publish"], BuildTypeObjects().Matches(settings).Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void A_build_type_depends_on_the_build_types_of_its_dependencies_and_downloads_what_they_produce()
    {
        var pack = BuildTypeBody(Settings(new TeamCitySamples.Pipeline()), "Pack");

        Assert.Contains("snapshot(Compile) {", pack, StringComparison.Ordinal);
        Assert.Contains("artifactRules = \"artifacts/bin => artifacts/bin\"", pack, StringComparison.Ordinal);
        Assert.Contains("arguments = \"pack --skip compile clean\"", pack, StringComparison.Ordinal);
        Assert.Contains("artifactRules = \"artifacts/packages => artifacts/packages\"", pack, StringComparison.Ordinal);
    }

    [Fact]
    public void Triggers_follow_the_target_lists()
    {
        var settings = Settings(new TeamCitySamples.Pipeline());

        Assert.Contains("schedule {", BuildTypeBody(settings, "Test"), StringComparison.Ordinal);
        Assert.Contains("branchFilter = \"+:*\\n-:gh-pages\"", BuildTypeBody(settings, "Pack"), StringComparison.Ordinal);
        Assert.DoesNotContain("triggers", BuildTypeBody(settings, "Publish"), StringComparison.Ordinal);
        Assert.Contains("type = Type.DEPLOYMENT", BuildTypeBody(settings, "Publish"), StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_and_variables_are_env_parameters_without_values()
    {
        var settings = Settings(new TeamCitySamples.Pipeline());

        Assert.Contains("password(\"env.NUGET_API_KEY\", \"\", label = \"nuget-api-key\", display = ParameterDisplay.HIDDEN)", settings, StringComparison.Ordinal);
        Assert.Contains("text(\"env.NUGET_SOURCE\", \"\", label = \"nuget-source\"", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subclass_overriding_GetBuildTypes_renames_the_build_types()
    {
        var settings = Settings(new TeamCitySamples.Customised());

        Assert.Contains("name = \"🧪 test (3 targets)\"", BuildTypeBody(settings, "Test"), StringComparison.Ordinal);
    }

    [Fact]
    public void One_platform_gets_one_step_without_conditions()
    {
        var compile = BuildTypeBody(Settings(new TeamCitySamples.UnixOnly()), "Compile");

        Assert.Contains("path = \"build.sh\"", compile, StringComparison.Ordinal);
        Assert.DoesNotContain("build.cmd", compile, StringComparison.Ordinal);
        Assert.DoesNotContain("conditions", compile, StringComparison.Ordinal);
    }

    [Fact]
    public void Braces_are_balanced()
    {
        var settings = Settings(new TeamCitySamples.Pipeline());

        Assert.Equal(settings.Count(c => c == '{'), settings.Count(c => c == '}'));
    }

    [Fact]
    public void FanOut_is_refused_naming_NonEntryTargets()
    {
        var error = Assert.Throws<UsageException>(() => CiFiles.Generate(new TeamCitySamples.FannedOut()));

        Assert.Contains("NonEntryTargets", error.Message, StringComparison.Ordinal);
    }

    private static string BuildTypeBody(string settings, string id)
    {
        var start = settings.IndexOf($"object {id} : BuildType({{", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no build type {id}");
        return settings[start..(settings.IndexOf("\n})", start, StringComparison.Ordinal) + 3)];
    }

    [GeneratedRegex(@"^    buildType\((\w+)\)$", RegexOptions.Multiline)]
    private static partial Regex ProjectBuildTypes();

    [GeneratedRegex(@"^object (\w+) : BuildType\(\{$", RegexOptions.Multiline)]
    private static partial Regex BuildTypeObjects();
}
