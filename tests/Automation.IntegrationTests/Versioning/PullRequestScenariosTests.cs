namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/PullRequestScenarios.cs (6.x). GitVersion's
/// <c>CreatePullRequestRef(from, to, normalise: true)</c> merges on a detached HEAD, stores <c>refs/pull/N/merge</c>
/// and checks the merge out as the branch <c>pull/N/merge</c>.
/// </summary>
public sealed class PullRequestScenariosTests
{
    // GitVersion: PullRequestScenarios.EnsurePullRequestWithIncrementMajorOnMainAndMinorOnFeatureBranch
    /// <summary>GitHubFlow - pull requests (increment major on main and minor on feature).</summary>
    [Fact]
    public void A_pull_request_takes_the_major_increment_of_main_over_the_minor_of_its_feature()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitHubFlow/v1
            branches:
              main:
                increment: Major
              feature:
                increment: Minor
            """);
        repo.Commit("A");
        repo.AssertFullSemVer("1.0.0-1");

        repo.Tag("1.0.0");
        repo.BranchTo("feature/foo");
        repo.Commit("B");
        repo.AssertFullSemVer("1.1.0-foo.1+1");

        repo.Checkout("main");
        repo.BranchTo("pull/2/merge");
        repo.MergeNoFF("feature/foo");
        repo.AssertFullSemVer("2.0.0-PullRequest2.2");

        repo.Checkout("main");
        repo.DeleteBranch("pull/2/merge");
        repo.MergeNoFF("feature/foo");
        repo.AssertFullSemVer("2.0.0-2");
    }

    // GitVersion: PullRequestScenarios.CanCalculatePullRequestChanges
    [Fact]
    public void A_pull_request_is_versioned_from_its_number()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("0.1.0");
        repo.BranchTo("feature/Foo");
        repo.Commit();
        repo.CreatePullRequestRef("feature/Foo", "main");

        repo.AssertFullSemVer("0.1.1-PullRequest2.2");
    }

    // GitVersion: PullRequestScenarios.CanCalculatePullRequestChangesInheritingConfig
    [Fact]
    public void A_pull_request_into_develop_inherits_its_configuration()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("0.1.0");
        repo.BranchTo("develop");
        repo.Commit();
        repo.BranchTo("feature/Foo");
        repo.Commit();
        repo.CreatePullRequestRef("feature/Foo", "develop", number: 44);

        repo.AssertFullSemVer("0.2.0-PullRequest44.3");
    }

    // GitVersion: PullRequestScenarios.CanCalculatePullRequestChangesWhenThereAreMultipleMergeCandidates
    [Fact]
    public void A_pull_request_with_several_merge_candidates_is_versioned()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("0.1.0");
        repo.BranchTo("develop");
        repo.Commit();
        repo.BranchTo("copyOfDevelop");
        repo.BranchTo("feature/Foo");
        repo.Commit();
        repo.CreatePullRequestRef("feature/Foo", "develop");

        repo.AssertFullSemVer("0.2.0-PullRequest2.3");
    }

    // GitVersion: PullRequestScenarios.CalculatesCorrectVersionAfterReleaseBranchMergedToMain
    [Fact]
    public void A_pull_request_after_a_release_merged_into_main_is_versioned_from_it()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Commit("one");
        repo.BranchTo("release/2.0.0");
        repo.Commit("two");
        repo.Commit("three");
        repo.CreatePullRequestRef("release/2.0.0", "main");

        repo.AssertFullSemVer("2.0.0-PullRequest2.4");
    }
}
