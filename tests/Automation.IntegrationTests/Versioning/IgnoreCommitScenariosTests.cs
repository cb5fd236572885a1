using System.Globalization;
using Automation.Versioning;

namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/IgnoreCommitScenarios.cs (6.8): <c>ignore:</c>
/// with <c>sha:</c> and <c>commits-before:</c>. GitVersion's <c>commitId:</c> argument is a detached HEAD at that commit.
/// </summary>
public sealed class IgnoreCommitScenariosTests
{
    // GitVersion: IgnoreCommitScenarios.ShouldThrowGitVersionExceptionWhenAllCommitsAreIgnored
    [Fact]
    public void Ignoring_every_commit_is_an_error_that_says_what_to_change()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.Configure("ignore:\n  commits-before: 2100-01-01T00:00:00\n");

        var exception = Assert.Throws<VersioningException>(() => repo.Calculate());
        Assert.Contains("No commits found on the current branch", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ignore.commits-before", exception.Message, StringComparison.Ordinal);
    }

    // GitVersion: IgnoreCommitScenarios.ShouldNotFallbackToBaseVersionWhenAllCommitsAreNotIgnored
    [Theory]
    [InlineData(null, "0.0.1-1")]
    [InlineData("0.0.1", "0.0.1-1")]
    [InlineData("0.1.0", "0.1.0-1")]
    [InlineData("1.0.0", "1.0.0-1")]
    public void Commits_after_the_ignore_date_count(string? nextVersion, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.Configure((nextVersion is null ? string.Empty : $"next-version: {nextVersion}\n") + "ignore:\n  commits-before: 2020-01-01T00:00:00Z\n");

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowBasedWorkflowWithCommitParameterThenVersionShouldBeCorrect
    [Fact]
    public void Without_ignore_an_older_commit_counts_its_history()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("workflow: GitHubFlow/v1\n");
        repo.Commit("A");
        var b = repo.Commit("B");
        repo.Commit("C");
        repo.Commit("D");
        repo.Detach(b);

        repo.AssertFullSemVer("0.0.1-2");
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithIgnoreConfigurationForCommitThenVersionShouldBeCorrect
    [Fact]
    public void An_ignored_commit_does_not_count()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        var b = repo.Commit("B");
        repo.Commit("C");
        repo.Commit("D");
        repo.Configure($"workflow: GitHubFlow/v1\nignore:\n  sha: [{b}]\n");

        repo.AssertFullSemVer("0.0.1-3");
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithIgnoreConfigurationForCommitBAndCommitParameterAThenVersionShouldBeCorrect
    [Fact]
    public void An_ignored_commit_does_not_count_below_a_later_head()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        var b = repo.Commit("B");
        var c = repo.Commit("C");
        repo.Commit("D");
        repo.Configure($"workflow: GitHubFlow/v1\nignore:\n  sha: [{b}]\n");
        repo.Detach(c);

        repo.AssertFullSemVer("0.0.1-2");
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithIgnoreConfigurationForCommitCAndCommitParameterCThenCommitBShouldBeUsed
    [Fact]
    public void An_ignored_head_is_versioned_as_the_commit_before_it()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        var b = repo.Commit("B");
        var c = repo.Commit("C");
        repo.Configure($"workflow: GitHubFlow/v1\nignore:\n  sha: [{c}]\n");
        repo.Detach(c);

        var version = repo.AssertFullSemVer("0.0.1-2");
        Assert.Equal(b, version.Sha);
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithIgnoreConfigurationForTaggedCommitThenTagShouldBeIgnored
    [Fact]
    public void The_tag_of_an_ignored_commit_does_not_count()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        repo.Commit("B");
        var c = repo.TaggedCommit("1.0.0", "C");
        repo.Commit("D");
        repo.Configure($"workflow: GitHubFlow/v1\nignore:\n  sha:\n    - {c[..12]}\n");

        repo.AssertFullSemVer("0.0.1-3");
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithIgnoreConfigurationBeforeCommitWithTagThenTagShouldBeIgnored
    [Fact]
    public void Commits_before_the_date_and_their_tags_do_not_count()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        repo.Commit("B");
        repo.TaggedCommit("1.0.0", "C");
        var before = repo.LastCommitDate.AddSeconds(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        repo.Commit("D");
        repo.Configure($"workflow: GitHubFlow/v1\nignore:\n  commits-before: {before}\n");

        repo.AssertFullSemVer("0.0.1-1");
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithIgnoreConfigurationOfCommitBThenTagShouldBeConsidered
    [Theory]
    [InlineData(false, "1.0.1-0")]
    [InlineData(true, "1.0.0")]
    public void An_ignored_head_on_a_tagged_commit_is_the_tag(bool preventIncrementWhenCurrentCommitTagged, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0", "A");
        var b = repo.Commit("B");
        repo.Configure($"""
            workflow: GitHubFlow/v1
            ignore:
              sha: [{b}]
            branches:
              main:
                prevent-increment:
                  when-current-commit-tagged: {(preventIncrementWhenCurrentCommitTagged ? "true" : "false")}
            """);

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: IgnoreCommitScenarios.GivenGitHubFlowWorkflowWithCommitParameterBThenTagShouldBeConsidered
    [Theory]
    [InlineData(false, "1.0.1-0")]
    [InlineData(true, "1.0.0")]
    public void A_head_on_a_tagged_commit_is_the_tag(bool preventIncrementWhenCurrentCommitTagged, string expected)
    {
        using var repo = VersioningRepository.Create();
        var a = repo.TaggedCommit("1.0.0", "A");
        repo.Commit("B");
        repo.Configure($"""
            workflow: GitHubFlow/v1
            branches:
              main:
                prevent-increment:
                  when-current-commit-tagged: {(preventIncrementWhenCurrentCommitTagged ? "true" : "false")}
            """);
        repo.Detach(a);

        repo.AssertFullSemVer(expected);
    }

    [Fact]
    public void The_bump_message_of_an_ignored_commit_does_not_count()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("workflow: GitHubFlow/v1\n");
        repo.TaggedCommit("1.0.0");
        var bump = repo.Commit("+semver: major");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-2");

        repo.Configure($"workflow: GitHubFlow/v1\nignore:\n  sha: [{bump}]\n");
        repo.AssertFullSemVer("1.0.1-1");
    }

    [Fact]
    public void The_merge_message_of_an_ignored_merge_does_not_count()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("release/2.0.0");
        repo.Commit();
        repo.Checkout("main");
        var merge = repo.MergeNoFF("release/2.0.0");
        repo.DeleteBranch("release/2.0.0");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-3");

        repo.Configure($"ignore:\n  sha: [{merge}]\n");
        var version = repo.Calculate();
        Assert.True(version.Major == 1, $"the ignored merge of release/2.0.0 still gave {version.FullSemVer}");
        Assert.Equal(2, version.CommitsSinceVersionSource);
    }
}
