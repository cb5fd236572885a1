using System.Text.RegularExpressions;
using Automation.Versioning;

namespace Automation.IntegrationTests.Versioning;

/// <summary>The GitVersion.yml at the repository root: read, defaulted to GitFlow/v1, malformed is a versioning exception naming the line.</summary>
public sealed partial class ConfigurationFileTests
{
    /// <summary>As MainScenarios.GivenARepositoryWithTagAndNextVersionInConfigVersionShouldMatchVersionTxtFile: next-version above the tag wins.</summary>
    [Theory]
    [InlineData("GitVersion.yml")]
    [InlineData("GitVersion.yaml")]
    public void Next_version_in_the_configuration_file_is_the_version_to_reach(string fileName)
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Commits(2);
        repo.AssertFullSemVer("1.0.1-2");

        // No workflow key: GitFlow/v1 is the default.
        repo.Configure("next-version: 3.0.0\n", fileName);

        var variables = repo.AssertFullSemVer("3.0.0-2");
        Assert.Equal("3.0.0", variables.MajorMinorPatch);
    }

    [Fact]
    public void Malformed_configuration_is_a_versioning_exception_naming_the_file_and_line()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Configure("""
            workflow: GitFlow/v1
            mode: ContinuousDelivery
              label: broken
            next-version: 1.0.0
            """);

        var exception = Assert.Throws<VersioningException>(() => repo.Calculate());

        Assert.Contains("GitVersion.yml", exception.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(LineThree(), exception.Message);
    }

    [Fact]
    public void Unknown_key_is_only_a_warning()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("workflow: GitFlow/v1\nno-such-setting: 42\n");
        repo.TaggedCommit("1.0.0");
        repo.Commit();

        repo.AssertFullSemVer("1.0.1-1");
    }

    [Fact]
    public void Explicit_github_flow_workflow_changes_the_branch_rules()
    {
        // GitHubFlow/v1 has no develop branch configuration: develop is an unknown branch there.
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        repo.Commit();
        repo.AssertFullSemVer("1.1.0-alpha.1");

        repo.Configure("workflow: GitHubFlow/v1\n");
        repo.AssertFullSemVer("1.0.1-develop.1+1");
    }

    // "Line: 3" (YamlDotNet), "line 3", "GitVersion.yml:3", "(3,": any way of naming line 3.
    [GeneratedRegex(@"(?i)(\bline\W{0,3}3\b|\.ya?ml\W?:3\b|\(3,)")]
    private static partial Regex LineThree();
}
