using Automation.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

/// <summary>
/// A target split with <c>.Partition(n)</c> runs as n parallel copies of its job, each given its part with
/// <c>--partition i/n</c>: a GitHub Actions matrix, Azure Pipelines' <c>strategy: parallel</c>, GitLab's <c>parallel:</c>.
/// </summary>
public sealed class CiPartitionTests
{
    public static TheoryData<string, string> Files => new()
    {
        { ".github/workflows/partition.yml", "github-actions.partition" },
        { ".azure-pipelines/partition.yml", "azure-pipelines.partition" },
        { ".gitlab-ci.yml", "gitlab.partition" },
        { ".teamcity/settings.kts", "teamcity.partition" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Matches_the_expected_file(string path, string expected) =>
        ExpectedFile.Match(Content(new CiPartitionSamples.Split(), path), expected);

    [Fact]
    public void Over_several_images_there_is_one_job_per_image_and_part_matching_the_expected_file() =>
        ExpectedFile.Match(Content(new CiPartitionSamples.SplitOverImages(), ".github/workflows/partition-matrix.yml"), "github-actions.partition-matrix");

    [Fact]
    public void GitHub_runs_one_job_per_part_and_pack_downloads_every_part_s_results()
    {
        var jobs = Parse(Content(new CiPartitionSamples.Split(), ".github/workflows/partition.yml"))["jobs"];
        string Run(string job) => Items(jobs, job, "steps").Single(s => s.Children.ContainsKey("run"))["run"].ToString();

        Assert.Equal(["1", "2", "3"], Texts(jobs, "unit-test", "strategy", "matrix", "partition"));
        Assert.Equal("./build.sh unit-test --partition ${{ matrix.partition }}/3", Run("unit-test"));
        Assert.Equal("./build.sh pack --skip unit-test", Run("pack"));
        var upload = Items(jobs, "unit-test", "steps").Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString() == "actions/upload-artifact@v4");
        Assert.Equal("unit-test-test-results-${{ matrix.partition }}", Text(upload, "with", "name"));
        var download = Items(jobs, "pack", "steps").Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString() == "actions/download-artifact@v4");
        Assert.Equal("unit-test-test-results-*", Text(download, "with", "pattern"));
        Assert.Equal("true", Text(download, "with", "merge-multiple"));
        Assert.Equal("artifacts/test-results", Text(download, "with", "path"));
        Assert.False(((YamlMappingNode)jobs["pack"]).Children.ContainsKey("strategy"));
    }

    [Fact]
    public void Azure_runs_the_job_on_parallel_agents_and_pack_downloads_each_part()
    {
        var jobs = Parse(Content(new CiPartitionSamples.Split(), ".azure-pipelines/partition.yml"))["jobs"];
        var unitTest = ((YamlSequenceNode)jobs).Children.Cast<YamlMappingNode>().Single(j => Text(j, "job") == "unit_test");
        var pack = ((YamlSequenceNode)jobs).Children.Cast<YamlMappingNode>().Single(j => Text(j, "job") == "pack");

        Assert.Equal("3", Text(unitTest, "strategy", "parallel"));
        Assert.Contains(Items(unitTest, "steps"), s => s.Children.ContainsKey("script") && Text(s, "script") == "./build.sh unit-test --partition $(System.JobPositionInPhase)/3");
        Assert.Contains(Items(unitTest, "steps"), s => s.Children.ContainsKey("publish") && Text(s, "artifact") == "unit-test-test-results-$(System.JobPositionInPhase)");
        var downloads = Items(pack, "steps").Where(s => s.Children.ContainsKey("task") && Text(s, "task") == "DownloadPipelineArtifact@2").Select(s => Text(s, "inputs", "artifactName"));
        Assert.Equal(["unit-test-test-results-1", "unit-test-test-results-2", "unit-test-test-results-3"], downloads);
    }

    [Fact]
    public void GitLab_runs_parallel_copies_given_their_node_index()
    {
        var root = Parse(Content(new CiPartitionSamples.Split(), ".gitlab-ci.yml"));

        Assert.Equal("3", Text(root, "unit-test", "parallel"));
        Assert.Equal(["./build.sh unit-test --partition $CI_NODE_INDEX/3"], Texts(root, "unit-test", "script"));
    }

    [Fact]
    public void TeamCity_writes_a_build_type_per_part_and_a_composite_that_triggers_start()
    {
        var settings = Content(new CiPartitionSamples.Split(), ".teamcity/settings.kts");

        foreach (var part in new[] { 1, 2, 3 })
        {
            Assert.Contains($"object UnitTest_P{part}T3 : BuildType({{\n    name = \"unit-test {part}/3\"", settings, StringComparison.Ordinal);
            Assert.Contains($"arguments = \"unit-test --partition {part}/3\"", settings, StringComparison.Ordinal);
            Assert.Contains($"    buildType(UnitTest_P{part}T3)\n", settings, StringComparison.Ordinal);
            // Pack waits for every part and takes every part's results.
            Assert.Contains($"        snapshot(UnitTest_P{part}T3) {{", settings, StringComparison.Ordinal);
            Assert.Contains($"        artifacts(UnitTest_P{part}T3) {{\n            artifactRules = \"artifacts/test-results => artifacts/test-results\"", settings, StringComparison.Ordinal);
        }

        var composite = settings[settings.IndexOf("object UnitTest : BuildType({", StringComparison.Ordinal)..];
        composite = composite[..(composite.IndexOf("\n})", StringComparison.Ordinal) + 3)];
        Assert.Contains("type = Type.COMPOSITE", composite, StringComparison.Ordinal);
        Assert.Contains("schedule {", composite, StringComparison.Ordinal);
        Assert.DoesNotContain("steps {", composite, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(settings, "schedule \\{"));
    }

    [Fact]
    public void TeamCity_starts_a_triggered_target_when_its_trigger_finishes()
    {
        var settings = Content(new CiPartitionSamples.Triggered(), ".teamcity/settings.kts");
        var publish = settings[settings.IndexOf("object Publish : BuildType({", StringComparison.Ordinal)..];

        Assert.Contains("import jetbrains.buildServer.configs.kotlin.triggers.finishBuildTrigger", settings, StringComparison.Ordinal);
        Assert.Contains("finishBuildTrigger {\n            buildType = \"${Pack.id}\"\n            successfulOnly = true", publish, StringComparison.Ordinal);
        Assert.DoesNotContain("finishBuildTrigger {", settings[..settings.IndexOf("object Publish", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void TeamCity_offers_every_parameter_empty_and_no_secret()
    {
        var settings = Content(new CiPartitionSamples.WithParameters(), ".teamcity/settings.kts");

        Assert.Contains("text(\"env.CONFIGURATION\", \"\", label = \"configuration\", description = \"Configuration to build\", display = ParameterDisplay.NORMAL, allowEmpty = true)", settings, StringComparison.Ordinal);
        Assert.Contains("text(\"env.NUGET_SOURCE\", \"\", label = \"nuget-source\", display = ParameterDisplay.NORMAL, allowEmpty = true)", settings, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(settings, "env\\.NUGET_SOURCE"));
        Assert.DoesNotContain("NUGET_API_KEY", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("Release", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void AppVeyor_runs_a_split_target_whole_in_its_one_job()
    {
        var content = Content(new CiPartitionSamples.SplitOnAppVeyor(), "appveyor.partition.yml");

        Assert.Contains("- sh: ./build.sh unit-test pack\n", content, StringComparison.Ordinal);
        Assert.DoesNotContain("--partition", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_split_target_sharing_its_job_is_a_usage_error_naming_the_fix()
    {
        var run = BuildHarness.Run<CiPartitionSamples.SplitSharingAJob>("--generate-ci");

        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Contains("'unit-test' is split into 3 parts (.Partition(3)), but its job 'unit-test-pack' also runs pack. Add 'unit-test' to FanOut", run.Output, StringComparison.Ordinal);
    }
}
