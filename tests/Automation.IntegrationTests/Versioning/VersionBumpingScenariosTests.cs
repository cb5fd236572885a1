namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// <c>+semver:</c> messages. Replays the bump-message scenarios of GitTools/GitVersion's OtherScenarios.cs and
/// ReleaseBranchScenarios.cs (6.x); GitVersion's VersionBumpingScenarios.cs was only found in its 5.x form (main in
/// ContinuousDelivery then gave <c>1.1.0+1</c>), so its scenario is restated with 6.x main defaults and marked so.
/// </summary>
public sealed class VersionBumpingScenariosTests
{
    /// <summary>VersionBumpingScenarios.CanUseCommitMessagesToBumpVersion and the default bump-message patterns, on 6.x main (ContinuousDelivery, empty label).</summary>
    [Theory]
    [InlineData("+semver: major", "2.0.0-1")]
    [InlineData("+semver:breaking", "2.0.0-1")]
    [InlineData("Rework the API\n\nThe body says +semver: major", "2.0.0-1")]
    [InlineData("+semver: minor", "1.1.0-1")]
    [InlineData("+semver:feature", "1.1.0-1")]
    [InlineData("+semver: patch", "1.0.1-1")]
    [InlineData("+semver: fix", "1.0.1-1")]
    public void VersionBumping_DefaultBumpMessagesOnMain(string message, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.TaggedCommit("1.0.0");
        repo.Commit(message);

        repo.AssertFullSemVer(expected);
    }

    [Fact]
    public void VersionBumping_CanUseCommitMessagesToBumpVersion()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.TaggedCommit("1.0.0");
        repo.Commit("+semver:minor");
        repo.AssertFullSemVer("1.1.0-1");

        repo.Commit("+semver:major");
        repo.AssertFullSemVer("2.0.0-2");
    }

    [Fact]
    public void VersionBumping_CommitMessageIncrementingDisabledIgnoresBumpMessages()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("workflow: GitFlow/v1\ncommit-message-incrementing: Disabled\n");
        repo.TaggedCommit("1.0.0");
        repo.Commit("+semver: major");

        repo.AssertFullSemVer("1.0.1-1");
    }

    // GitVersion: OtherScenarios.EnsureVersionAfterMainIsMergedBackToDevelopIsCorrectForGitFlow
    [Theory]
    [InlineData(false, "2.0.0-alpha.3")]
    [InlineData(true, "3.0.0-alpha.2")]
    public void Develop_after_main_is_merged_back_is_versioned_in_gitflow(bool applyTag, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        repo.Tag("1.0.0");
        repo.BranchTo("develop");
        repo.Commit("B +semver: major");
        repo.AssertFullSemVer("2.0.0-alpha.1");

        repo.Checkout("main");
        repo.Commit("C");
        if (applyTag)
        {
            repo.Tag("2.0.0");
        }

        repo.Checkout("develop");
        repo.MergeNoFF("main");
        repo.AssertFullSemVer(expected);
    }

    // GitVersion: OtherScenarios.EnsureVersionAfterMainIsMergedBackToDevelopIsCorrect
    [Fact]
    public void Develop_after_main_is_merged_back_is_versioned()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        repo.Commit("A");
        repo.AssertFullSemVer("1.1.0-alpha.1");

        repo.Checkout("main");
        repo.Commit("B");
        repo.BranchTo("hotfix/just-a-hotfix");
        repo.Commit("C +semver: major");
        repo.MergeTo("main", removeBranchAfterMerging: true);
        repo.Checkout("develop");
        repo.Commit("D");
        repo.Checkout("main");
        repo.Commit("E");
        repo.Tag("1.0.1");
        repo.Checkout("develop");
        repo.MergeNoFF("main");

        repo.AssertFullSemVer("1.1.0-alpha.3");
    }

    // GitVersion: OtherScenarios.IncreaseVersionWithBumpMessageWhenCommitMessageIncrementIsEnabledAndIncrementStrategyIsNoneForBranchWithAlphaLabel
    [Fact]
    public void A_bump_message_raises_the_version_when_the_branch_increment_is_none()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            commit-message-incrementing: Enabled
            branches:
              main:
                mode: ContinuousDelivery
                increment: None
                label: pre
                is-main-branch: false
            """);
        repo.Commit();
        repo.AssertFullSemVer("0.0.0-pre.1");

        repo.Commit("+semver: minor");
        repo.AssertFullSemVer("0.1.0-pre.2");

        repo.Tag("1.0.0");
        repo.AssertFullSemVer("1.0.0");

        repo.Commit("+semver: major");
        repo.AssertFullSemVer("2.0.0-pre.1");

        repo.Tag("2.0.0");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-pre.1");
    }

    // GitVersion: ReleaseBranchScenarios.ReleaseBranchWithACommitShouldUseBranchNameVersionDespiteBumpInPreviousCommit
    [Fact]
    public void A_release_branch_uses_its_name_over_a_bump_message_before_it()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Commit("+semver:major");
        repo.Commit();
        repo.BranchTo("release/2.0.0");
        repo.Commit();

        repo.AssertFullSemVer("2.0.0-beta.1+3");
    }

    // GitVersion: ReleaseBranchScenarios.ReleaseBranchedAtCommitWithSemverMessageShouldUseBranchNameVersion
    [Fact]
    public void A_release_branched_at_a_commit_with_a_bump_message_uses_its_name()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Commit("+semver:major");
        repo.BranchTo("release/2.0.0");

        repo.AssertFullSemVer("2.0.0-beta.1+1");
    }
}
