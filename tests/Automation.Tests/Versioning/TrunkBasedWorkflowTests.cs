using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>
/// The <c>TrunkBased/preview1</c> workflow's defaults (GitVersion 6.8.2's workflow file) and the example of
/// docs/versioning.md, whose versions were checked against the real GitVersion 6.8.2.
/// </summary>
public sealed class TrunkBasedWorkflowTests
{
    private const string Yaml = "workflow: TrunkBased/preview1\n";

    [Fact]
    public void The_workflow_uses_the_mainline_and_configured_next_version_strategies()
    {
        var configuration = ConfigurationReader.Parse(Yaml, "GitVersion.yml").Configuration;
        Assert.Equal(VersionStrategies.ConfiguredNextVersion | VersionStrategies.Mainline, configuration.Strategies);
        Assert.Equal(DeploymentMode.ContinuousDeployment, configuration.GetBranchConfiguration("main").Mode);
        Assert.Equal(IncrementStrategy.Minor, configuration.GetBranchConfiguration("feature/login").Increment);
        Assert.True(configuration.GetBranchConfiguration("hotfix/crash").IsReleaseBranch);
        Assert.Equal(IncrementStrategy.Patch, configuration.GetBranchConfiguration("experiment").Increment);
    }

    [Fact]
    public void Every_commit_on_main_is_a_release_and_a_feature_counts_from_the_commit_it_left()
    {
        var repository = new TestRepository { Yaml = Yaml }.Commit("A");
        Assert.Equal("0.0.1", repository.FullSemVer());
        Assert.Equal("0.0.2", repository.Commit("B").FullSemVer());
        repository.TaggedCommit("v1.0.0", "C").Commit("D").CreateBranch("feature/login");
        Assert.Equal("1.0.1", repository.FullSemVer());
        Assert.Equal("1.0.2", repository.Commit("E").FullSemVer());
        repository.Checkout("feature/login").Commit("F").Commit("G").Commit("H");
        Assert.Equal("1.1.0-login.3", repository.FullSemVer());
        Assert.Equal("1.1.0", repository.Checkout("main").MergeNoFF("feature/login").FullSemVer());
    }

    [Fact]
    public void A_bump_message_on_main_raises_that_commits_bump()
    {
        var repository = new TestRepository { Yaml = Yaml }.TaggedCommit("1.0.0").Commit("feat: +semver: minor").Commit("fix");
        Assert.Equal("1.1.1", repository.FullSemVer());
    }

    [Fact]
    public void The_mainline_strategy_can_be_chosen_in_any_workflow() =>
        Assert.Equal(
            VersionStrategies.Mainline | VersionStrategies.TaggedCommit,
            ConfigurationReader.Parse("strategies: [Mainline, TaggedCommit]\n", "GitVersion.yml").Configuration.Strategies);
}
