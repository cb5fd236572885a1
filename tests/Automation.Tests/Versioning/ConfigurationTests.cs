using Automation.Versioning;
using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>Reading GitVersion.yml: workflow defaults, overrides, warnings and errors.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void An_empty_file_is_GitFlow()
    {
        var result = ConfigurationReader.Parse(string.Empty, "GitVersion.yml");
        Assert.Equal(WorkflowDefaults.GitFlow, result.Configuration.Workflow);
        Assert.Empty(result.Warnings);
        Assert.Equal(["develop", "main", "release", "feature", "pull-request", "hotfix", "support", "unknown"], result.Configuration.Branches.Select(b => b.Key));
    }

    [Fact]
    public void GitFlow_defaults()
    {
        var configuration = WorkflowDefaults.For(WorkflowDefaults.GitFlow)!;
        var develop = configuration.GetBranchConfiguration("develop");
        Assert.Equal(("alpha", IncrementStrategy.Minor, 0, true), (develop.Label, develop.Increment!.Value, develop.PreReleaseWeight!.Value, develop.TracksReleaseBranches!.Value));
        var release = configuration.GetBranchConfiguration("release/1.0.0");
        Assert.Equal(("beta", DeploymentMode.ManualDeployment, 30000), (release.Label, release.Mode!.Value, release.PreReleaseWeight!.Value));
        Assert.Equal(55000, configuration.GetBranchConfiguration("main").PreReleaseWeight);
        Assert.Equal(55000, configuration.GetBranchConfiguration("support/1.x").PreReleaseWeight);
        Assert.Equal("PullRequest{Number}", configuration.GetBranchConfiguration("pull/3/merge").Label);
        Assert.Equal(IncrementStrategy.Inherit, configuration.GetBranchConfiguration("hotfix/1.0.1").Increment);
        Assert.Same(configuration.FindBranch("unknown"), configuration.GetBranchConfiguration("whatever"));
        Assert.Equal("[vV]?", configuration.TagPrefix);
        Assert.Equal(@"\+semver:\s?(breaking|major)", configuration.MajorVersionBumpMessage);
    }

    [Fact]
    public void GitHubFlow_has_no_develop()
    {
        var configuration = ConfigurationReader.Parse("workflow: GitHubFlow/v1", "GitVersion.yml").Configuration;
        Assert.Equal(["main", "release", "feature", "pull-request", "unknown"], configuration.Branches.Select(b => b.Key));
        Assert.Equal(IncrementStrategy.Patch, configuration.GetBranchConfiguration("release/1.0").Increment);
    }

    [Fact]
    public void Overrides_keep_the_rest_of_the_workflow()
    {
        const string Yaml = """
            next-version: 2.0.0
            mode: ContinuousDeployment
            tag-prefix: 'ver'
            assembly-versioning-scheme: MajorMinor
            branches:
              release:
                label: rc
                prevent-increment:
                  when-current-commit-tagged: true
              develop:
                increment: Major
                source-branches: [main, release]
              custom:
                regex: ^custom/
                is-source-branch-for: [feature]
            """;
        var configuration = ConfigurationReader.Parse(Yaml, "GitVersion.yml").Configuration;
        Assert.Equal(("2.0.0", "ver", AssemblyVersioningScheme.MajorMinor), (configuration.NextVersion, configuration.TagPrefix, configuration.AssemblyVersioningScheme));
        Assert.Equal(DeploymentMode.ContinuousDeployment, configuration.Root.Mode);
        var release = configuration.FindBranch("release")!;
        Assert.Equal(("rc", true, 30000), (release.Label, release.PreventIncrementWhenCurrentCommitTagged!.Value, release.PreReleaseWeight!.Value));
        Assert.Equal(["main", "release"], configuration.FindBranch("develop")!.SourceBranches);
        Assert.Contains("custom", configuration.FindBranch("feature")!.SourceBranches!);
        Assert.Equal("custom", configuration.Branches[^2].Key);
    }

    [Fact]
    public void Unknown_keys_are_warnings_naming_them()
    {
        var warnings = ConfigurationReader.Parse("foo: 1\nbranches:\n  main:\n    tag: ''\n    bar: 2\n", "GitVersion.yml").Warnings;
        Assert.Equal(3, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("'foo'", StringComparison.Ordinal) && w.Contains("line 1", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'branches.main.tag'", StringComparison.Ordinal) && w.Contains("'label'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("'branches.main.bar'", StringComparison.Ordinal) && w.Contains("line 5", StringComparison.Ordinal));
    }

    [Fact]
    public void Unsupported_GitVersion_keys_are_warnings() =>
        Assert.Contains("does not support", ConfigurationReader.Parse("update-build-number: false", "GitVersion.yml").Warnings.Single(), StringComparison.Ordinal);

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var exception = Assert.Throws<VersioningException>(() => ConfigurationReader.Parse("mode: ContinuousDelivery\nbranches:\n  main:\n    label: [unclosed\n", "GitVersion.yml"));
        Assert.Contains("GitVersion.yml", exception.Message, StringComparison.Ordinal);
        Assert.Matches("line [45]", exception.Message);
    }

    [Theory]
    [InlineData("mode: Mainline", "'mode' must be one of")]
    [InlineData("branches:\n  main:\n    increment: Lots", "line 3")]
    [InlineData("workflow: TrunkBased/v2", "workflow 'TrunkBased/v2' is not supported; use GitFlow/v1, GitHubFlow/v1 or TrunkBased/preview1")]
    [InlineData("branches:\n  custom:\n    label: x", "needs a 'regex'")]
    [InlineData("tag-pre-release-weight: many", "whole number")]
    [InlineData("strategies: [TaggedCommit, Tagged]", "'strategies' lists 'Tagged', which is not a version strategy; list some of Fallback")]
    public void Invalid_values_are_errors(string yaml, string expected) =>
        Assert.Contains(expected, Assert.Throws<VersioningException>(() => ConfigurationReader.Parse(yaml, "GitVersion.yml")).Message, StringComparison.Ordinal);

    // GitVersion: ConfigurationProviderTests.CombineVersionStrategyConfigNextAndTaggedCommit, IgnoreConfigurationTests.ShouldSupportScalarVersionStrategiesOverrideFormat
    [Theory]
    [InlineData("strategies: [ConfiguredNextVersion, TaggedCommit]")]
    [InlineData("strategies: ConfiguredNextVersion, TaggedCommit")]
    [InlineData("strategies:\n  - ConfiguredNextVersion\n  - TaggedCommit")]
    public void Strategies_are_a_list_or_a_comma_separated_scalar(string yaml) =>
        Assert.Equal(VersionStrategies.ConfiguredNextVersion | VersionStrategies.TaggedCommit, ConfigurationReader.Parse(yaml, "GitVersion.yml").Configuration.Strategies);

    [Fact]
    public void The_file_is_found_at_the_root()
    {
        var directory = Directory.CreateTempSubdirectory("versioning-");
        try
        {
            Assert.Null(ConfigurationFile.Load(directory.FullName).File);
            File.WriteAllText(Path.Combine(directory.FullName, ".GitVersion.yml"), "next-version: 3.0.0");
            var result = ConfigurationFile.Load(directory.FullName);
            Assert.Equal((".GitVersion.yml", "3.0.0"), (result.File, result.Configuration.NextVersion));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_file_name_matches_ignoring_case_as_in_GitVersion()
    {
        // Found by the differential on real repositories (GitVersion's own .gitversion.yml, GitReleaseManager's
        // gitversion.yml): GitVersion 6.8.2 reads them on Linux too.
        var directory = Directory.CreateTempSubdirectory("versioning-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, ".gitversion.yml"), "next-version: 4.0.0");
            var dotted = ConfigurationFile.Load(directory.FullName);
            Assert.Equal((".gitversion.yml", "4.0.0"), (dotted.File, dotted.Configuration.NextVersion));

            // The names keep GitVersion's order: GitVersion.yml before the dotted ones, whatever the case.
            File.WriteAllText(Path.Combine(directory.FullName, "gitversion.YML"), "next-version: 5.0.0");
            var plain = ConfigurationFile.Load(directory.FullName);
            Assert.Equal(("gitversion.YML", "5.0.0"), (plain.File, plain.Configuration.NextVersion));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_warning_reaches_the_result() =>
        Assert.Single(new TestRepository { Yaml = "nonsense: true" }.Commit().Result().Warnings);
}
