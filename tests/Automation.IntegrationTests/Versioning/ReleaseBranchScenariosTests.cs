namespace Automation.IntegrationTests.Versioning;

/// <summary>Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/ReleaseBranchScenarios.cs (6.x).</summary>
public sealed class ReleaseBranchScenariosTests
{
    // GitVersion: ReleaseBranchScenarios.NoMergeBacksToDevelopInCaseThereAreChangesInReleaseBranch
    [Fact]
    public void Develop_keeps_its_version_when_a_release_branch_changes_without_merging_back()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.BranchTo("develop");
        repo.Commits(3);
        repo.BranchTo("release/1.0.0");
        repo.Commit();
        repo.Checkout("main");
        repo.MergeNoFF("release/1.0.0");
        repo.Tag("1.0.0");

        repo.Checkout("develop");
        repo.AssertFullSemVer("1.1.0-alpha.0");
        repo.MergeNoFF("release/1.0.0");
        repo.AssertFullSemVer("1.1.0-alpha.1");
        repo.Commit();
        repo.AssertFullSemVer("1.1.0-alpha.2");
        repo.DeleteBranch("release/1.0.0");
        repo.AssertFullSemVer("1.1.0-alpha.2");
    }

    // GitVersion: ReleaseBranchScenarios.CanTakeVersionFromReleaseBranch
    [Theory]
    [InlineData("release-2.0.0")] // CanTakeVersionFromReleaseBranch
    [InlineData("releases/2.0.0")] // CanTakeVersionFromReleasesBranch
    public void A_release_branch_gives_the_version_in_its_name(string branch)
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);
        repo.CreateBranch(branch);
        repo.Checkout(branch);
        repo.AssertFullSemVer("2.0.0-beta.1+5");

        repo.Commits(2);
        repo.AssertFullSemVer("2.0.0-beta.1+7");
    }

    // GitVersion: ReleaseBranchScenarios.CanTakePreReleaseVersionFromReleasesBranchWithNumericPreReleaseTag
    [Fact]
    public void A_releases_branch_with_a_numeric_pre_release_tag_gives_its_version()
    {
        using var repo = VersioningRepository.Create();
        repo.Commits(5);
        repo.CreateBranch("releases/2.0.0");
        repo.Checkout("releases/2.0.0");
        repo.Tag("v2.0.0-beta.1");

        repo.AssertFullSemVer("2.0.0-beta.2+0");
    }

    // GitVersion: ReleaseBranchScenarios.ReleaseBranchWithNextVersionSetInConfig
    [Fact]
    public void A_release_branch_wins_over_next_version_in_the_configuration()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("workflow: GitFlow/v1\nnext-version: 2.0.0\n");
        repo.Commits(5);
        repo.BranchTo("release-2.0.0");
        repo.AssertFullSemVer("2.0.0-beta.1+5");

        repo.Commits(2);
        repo.AssertFullSemVer("2.0.0-beta.1+7");
    }

    // GitVersion: ReleaseBranchScenarios.CanTakeVersionFromReleaseBranchWithLabelOverridden
    [Fact]
    public void A_release_branch_with_an_overridden_label_gives_its_version()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              release:
                label: rc
            """);
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);
        repo.CreateBranch("release-2.0.0");
        repo.Checkout("release-2.0.0");
        repo.AssertFullSemVer("2.0.0-rc.1+5");

        repo.Commits(2);
        repo.AssertFullSemVer("2.0.0-rc.1+7");
    }

    // GitVersion: ReleaseBranchScenarios.MainVersioningContinuousCorrectlyAfterMergingReleaseBranch
    [Fact]
    public void Main_continues_from_a_merged_release_branch()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.Commit();
        repo.CreateBranch("release-2.0.0");
        repo.Checkout("release-2.0.0");
        repo.Commits(4);
        repo.Checkout("main");
        repo.MergeNoFF("release-2.0.0");
        repo.AssertFullSemVer("2.0.0-6");

        repo.DeleteBranch("release-2.0.0");
        repo.AssertFullSemVer("2.0.0-6");

        repo.Tag("2.0.0");
        repo.Commit();
        repo.AssertFullSemVer("2.0.1-1");
    }

    // GitVersion: ReleaseBranchScenarios.WhenReleaseBranchIsMergedIntoDevelopHighestVersionIsTakenWithIt
    [Fact]
    public void The_highest_release_merged_into_develop_gives_its_version()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.CreateBranch("develop");
        repo.Commit();

        repo.CreateBranch("release-2.0.0");
        repo.Checkout("release-2.0.0");
        repo.Commits(4);
        repo.Checkout("develop");
        repo.MergeNoFF("release-2.0.0");

        repo.CreateBranch("release-1.0.0");
        repo.Checkout("release-1.0.0");
        repo.Commits(4);
        repo.Checkout("develop");
        repo.MergeNoFF("release-1.0.0");

        repo.AssertFullSemVer("2.1.0-alpha.11");
    }

    // GitVersion: ReleaseBranchScenarios.WhenMergingReleaseBackToDevShouldNotResetBetaVersion
    [Fact]
    public void Merging_a_release_back_into_develop_does_not_reset_its_beta()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.CreateBranch("develop");
        repo.Checkout("develop");
        repo.Commit();
        repo.AssertFullSemVer("1.1.0-alpha.1");

        repo.CreateBranch("release-2.0.0");
        repo.Checkout("release-2.0.0");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-beta.1+2");

        // Tag it to bump to beta 2.
        repo.Tag("2.0.0-beta1");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-beta.2+1");

        // Merge down to develop, but keep working on the release.
        repo.Checkout("develop");
        repo.MergeNoFF("release-2.0.0");
        repo.Checkout("release-2.0.0");
        repo.AssertFullSemVer("2.0.0-beta.2+1");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-beta.2+2");
    }

    // GitVersion: ReleaseBranchScenarios.FeatureOnReleaseFeatureBranchDeleted
    [Fact]
    public void A_deleted_feature_merged_into_a_release_keeps_the_release_counting()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("workflow: GitFlow/v1\nassembly-versioning-scheme: MajorMinorPatchTag\n");
        repo.Commit("initial");
        repo.CreateBranch("develop");
        repo.Checkout("develop");

        repo.CreateBranch("release/4.5.0");
        repo.Checkout("release/4.5.0");
        repo.AssertFullSemVer("4.5.0-beta.1+1");

        repo.CreateBranch("feature/some-bug-fix");
        repo.Checkout("feature/some-bug-fix");
        repo.Commit("blabla");
        repo.Checkout("release/4.5.0");
        repo.MergeNoFF("feature/some-bug-fix");
        repo.DeleteBranch("feature/some-bug-fix");

        var variables = repo.AssertFullSemVer("4.5.0-beta.1+3");

        // Not asserted by GitVersion's test: the MajorMinorPatchTag scheme puts the pre-release number last.
        Assert.Equal("4.5.0.1", variables.AssemblySemVer);
    }
}
