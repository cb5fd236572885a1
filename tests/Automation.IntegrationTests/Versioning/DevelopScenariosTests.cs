namespace Automation.IntegrationTests.Versioning;

/// <summary>Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/DevelopScenarios.cs (6.x), default GitFlow/v1.</summary>
public sealed class DevelopScenariosTests
{
    // GitVersion: DevelopScenarios.WhenDevelopBranchedFromTaggedCommitOnMainVersionDoesNotChange
    [Fact]
    public void Develop_branched_from_a_tagged_commit_on_main_starts_the_next_minor_at_alpha_zero()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");

        repo.AssertFullSemVer("1.1.0-alpha.0");
    }

    // GitVersion: DevelopScenarios.WhenDeveloperBranchExistsDontTreatAsDevelop
    [Fact]
    public void A_branch_named_developer_is_not_treated_as_develop()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("developer");
        repo.Commit();

        repo.AssertFullSemVer("1.0.1-developer.1+1");
    }

    // GitVersion: DevelopScenarios.MergingReleaseBranchBackIntoDevelopWithMergingToMainDoesBumpDevelopVersion
    [Fact]
    public void A_release_merged_into_main_and_back_into_develop_bumps_develop()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        repo.Commit();
        repo.BranchTo("release-2.0.0");
        repo.Commit();
        repo.Checkout("main");
        repo.MergeNoFF("release-2.0.0");
        repo.Checkout("develop");
        repo.MergeNoFF("release-2.0.0");

        repo.AssertFullSemVer("2.1.0-alpha.2");
    }

    // GitVersion: DevelopScenarios.CanHandleContinuousDelivery
    [Fact]
    public void Develop_in_continuous_delivery_counts_on_from_its_pre_release_tag()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              develop:
                mode: ContinuousDelivery
            """);
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        repo.TaggedCommit("1.1.0-alpha7");

        repo.AssertFullSemVer("1.1.0-alpha.7");
    }

    // GitVersion: DevelopScenarios.WhenDevelopBranchedFromMainDetachedHeadMinorIsIncreased
    [Fact]
    public void A_detached_head_on_develop_still_increases_the_minor()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        var commit = repo.Commit();
        repo.Commit();
        repo.Detach(commit);

        // Only develop contains the commit: the engine finds the branch from it.
        repo.AssertFullSemVer("1.1.0-alpha.1");
    }

    // GitVersion: DevelopScenarios.InheritVersionFromParentReleaseBranch
    [Fact]
    public void Develop_inherits_the_version_of_its_parent_release_branch()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        repo.Commit();
        repo.BranchTo("release/2.0.0");
        repo.Commits(2);
        repo.Checkout("develop");
        repo.AssertFullSemVer("2.1.0-alpha.0");

        repo.Commit();
        repo.AssertFullSemVer("2.1.0-alpha.1");

        repo.MergeNoFF("release/2.0.0");
        repo.AssertFullSemVer("2.1.0-alpha.4");

        repo.BranchTo("feature/MyFeature");
        repo.Commit();
        repo.AssertFullSemVer("2.1.0-MyFeature.1+5");
    }

    // GitVersion: DevelopScenarios.CommitsSinceVersionSourceShouldNotGoDownUponGitFlowReleaseFinish
    [Fact]
    public void Commits_since_the_version_source_do_not_go_down_when_a_release_is_finished()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.Tag("1.1.0");
        repo.BranchTo("develop");
        repo.Commit("commit in develop - 1");
        repo.AssertFullSemVer("1.2.0-alpha.1");

        repo.BranchTo("release/1.2.0");
        repo.AssertFullSemVer("1.2.0-beta.1+1");

        repo.Checkout("develop");
        repo.Commit("commit in develop - 2");
        repo.Commit("commit in develop - 3");
        repo.Commit("commit in develop - 4");
        repo.Commit("commit in develop - 5");
        repo.AssertFullSemVer("1.3.0-alpha.4");

        repo.Checkout("release/1.2.0");
        repo.Commit("commit in release/1.2.0 - 1");
        repo.Commit("commit in release/1.2.0 - 2");
        repo.Commit("commit in release/1.2.0 - 3");
        repo.AssertFullSemVer("1.2.0-beta.1+4");

        repo.Checkout("main");
        repo.MergeNoFF("release/1.2.0");
        repo.Tag("1.2.0");
        repo.Checkout("develop");
        repo.MergeNoFF("release/1.2.0");
        repo.Commit("commit in develop - 6");
        repo.AssertFullSemVer("1.3.0-alpha.6");

        repo.DeleteBranch("release/1.2.0");
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              main:
                mode: ContinuousDelivery
              develop:
                mode: ContinuousDelivery
              release:
                mode: ContinuousDelivery
            """);
        repo.AssertFullSemVer("1.3.0-alpha.6");
    }

    // GitVersion: DevelopScenarios.PreviousPreReleaseTagShouldBeRespectedWhenCountingCommits
    [Fact]
    public void A_previous_pre_release_tag_is_respected_when_counting_commits()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.BranchTo("develop");
        repo.TaggedCommit("1.0.0-alpha.3");
        repo.Commits(2);

        repo.AssertFullSemVer("1.0.0-alpha.5");
    }
}
