using Automation.Versioning;

namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/FallbackVersionStrategyScenarios.cs (6.8):
/// <c>strategies: [Fallback]</c> on GitHubFlow/v1 with main in ManualDeployment; and what the strategy list selects.
/// </summary>
public sealed class FallbackVersionStrategyScenariosTests
{
    private static string Configuration(string increment, string more = "") => $"""
        workflow: GitHubFlow/v1
        strategies: [Fallback]
        branches:
          main:
            mode: ManualDeployment
            increment: {increment}
        {more}
        """;

    // GitVersion: FallbackVersionStrategyScenarios.EnsureVersionIncrementOnMainWillBeUsed
    [Theory]
    [InlineData("None", "0.0.0-1+1")]
    [InlineData("Patch", "0.0.1-1+1")]
    [InlineData("Minor", "0.1.0-1+1")]
    [InlineData("Major", "1.0.0-1+1")]
    public void The_increment_of_main_is_used(string increment, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(Configuration(increment));
        repo.Commit();

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: FallbackVersionStrategyScenarios.EnsureVersionIncrementOnMessageWillBeUsed
    [Theory]
    [InlineData("None", "0.0.0-1+1")]
    [InlineData("Patch", "0.0.1-1+1")]
    [InlineData("Minor", "0.1.0-1+1")]
    [InlineData("Major", "1.0.0-1+1")]
    public void The_increment_of_a_bump_message_is_used(string increment, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(Configuration("None"));
        repo.Commit($"+semver: {increment}");

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: FallbackVersionStrategyScenarios.TakeTheLatestCommitAsBaseVersion
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_latest_tagged_commit_is_where_counting_starts(bool mode)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(Configuration("Major", "    track-merge-target: true\n    tracks-release-branches: false\n"));
        repo.Commit("A");
        repo.BranchTo("release/foo");
        repo.Checkout("main");
        repo.Commit("B");
        if (mode)
        {
            repo.MergeTo("release/foo");
            repo.Tag("0.0.0");
            repo.Checkout("main");
        }
        else
        {
            repo.Tag("0.0.0");
        }

        repo.Commit("C");
        if (mode)
        {
            repo.Tag("0.0.1");
        }
        else
        {
            repo.MergeTo("release/foo");
            repo.Tag("0.0.1");
            repo.Checkout("main");
        }

        repo.Commit("D");

        repo.AssertFullSemVer("1.0.0-1+1");
    }

    // GitVersion: FallbackVersionStrategyScenarios.TakeTheCommitBranchedFromAsBaseVersionWhenTracksReleaseBranchesIsTrue
    [Theory]
    [InlineData(false, "1.0.0-1+4")]
    [InlineData(true, "1.0.0-1+2")]
    public void A_tracked_release_branch_tag_counts_from_where_it_branched(bool tracksReleaseBranches, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(Configuration("Major", $"    track-merge-target: false\n    tracks-release-branches: {(tracksReleaseBranches ? "true" : "false")}\n"));
        repo.Commit("A");
        repo.Commit("B");
        repo.BranchTo("release/foo");
        repo.Checkout("main");
        repo.Commit("C");
        repo.Checkout("release/foo");
        repo.Commit("D");
        repo.Tag("0.0.0");
        repo.Checkout("main");
        repo.Commit("D");

        repo.AssertFullSemVer(expected);
    }

    [Fact]
    public void Without_Fallback_a_branch_without_a_version_source_is_an_error()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("strategies: [TaggedCommit]\n");
        repo.Commit();

        Assert.Contains("No base version", Assert.Throws<VersioningException>(() => repo.Calculate()).Message, StringComparison.Ordinal);
        repo.TaggedCommit("1.0.0");
        repo.Commit();
        repo.AssertFullSemVer("1.0.1-1");
    }

    [Fact]
    public void Without_TaggedCommit_tags_do_not_give_the_version()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("strategies: ConfiguredNextVersion, Fallback\nnext-version: 3.0.0\n");
        repo.TaggedCommit("1.0.0");
        repo.Commit();

        repo.AssertFullSemVer("3.0.0-2");
    }
}
