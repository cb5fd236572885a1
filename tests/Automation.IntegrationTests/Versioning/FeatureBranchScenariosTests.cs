namespace Automation.IntegrationTests.Versioning;

/// <summary>Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/FeatureBranchScenarios.cs (6.x).</summary>
public sealed class FeatureBranchScenariosTests
{
    // GitVersion: FeatureBranchScenarios.ShouldInheritIncrementCorrectlyWithMultiplePossibleParentsAndWeirdlyNamedDevelopBranch
    [Fact]
    public void A_feature_inherits_the_increment_among_several_parents_and_a_weirdly_named_develop()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.CreateBranch("development");
        repo.Checkout("development");

        repo.CreateBranch("feature/JIRA-123");
        repo.Checkout("feature/JIRA-123");
        repo.Commit();

        // LibGit2Sharp's default merge: a fast-forward here.
        repo.Checkout("development");
        repo.FastForward("feature/JIRA-123");

        repo.CreateBranch("feature/JIRA-124");
        repo.Checkout("feature/JIRA-124");
        repo.Commit();

        repo.AssertFullSemVer("1.1.0-JIRA-124.1+2");
    }

    // GitVersion: FeatureBranchScenarios.ShouldNotUseNumberInFeatureBranchAsPreReleaseNumber
    [Theory]
    [InlineData(true, "1.1.0-JIRA-123.1+5")] // ShouldNotUseNumberInFeatureBranchAsPreReleaseNumberOffDevelop
    [InlineData(false, "1.0.1-JIRA-123.1+5")] // ShouldNotUseNumberInFeatureBranchAsPreReleaseNumberOffMain
    public void A_number_in_a_feature_branch_name_is_not_the_pre_release_number(bool offDevelop, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        if (offDevelop)
        {
            repo.CreateBranch("develop");
            repo.Checkout("develop");
        }

        repo.CreateBranch("feature/JIRA-123");
        repo.Checkout("feature/JIRA-123");
        repo.Commits(5);

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: FeatureBranchScenarios.TestFeatureBranch
    [Theory]
    [InlineData("feature-test")] // TestFeatureBranch
    [InlineData("features/test")] // TestFeaturesBranch
    public void A_feature_branch_is_labelled_with_its_name(string branch)
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.CreateBranch(branch);
        repo.Checkout(branch);
        repo.Commits(5);

        repo.AssertFullSemVer("1.0.1-test.1+5");
    }

    // GitVersion: FeatureBranchScenarios.WhenTwoFeatureBranchPointToTheSameCommit
    [Fact]
    public void Two_feature_branches_on_the_same_commit_take_the_checked_out_name()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.BranchTo("develop");
        repo.BranchTo("feature/feature1");
        repo.Commit();
        repo.BranchTo("feature/feature2");

        repo.AssertFullSemVer("0.1.0-feature2.1+2");
    }

    // GitVersion: FeatureBranchScenarios.ShouldBePossibleToMergeDevelopForALongRunningBranchWhereDevelopAndMainAreEqual
    [Fact]
    public void A_long_running_feature_can_merge_develop_while_develop_and_main_are_equal()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("v1.0.0");
        repo.BranchTo("develop");
        repo.BranchTo("feature/longrunning");
        repo.Commit();
        repo.Checkout("develop");
        repo.Commit();

        // LibGit2Sharp's default merges: a fast-forward of main, then a merge commit on the feature branch.
        repo.Checkout("main");
        repo.FastForward("develop");
        repo.Tag("v1.1.0");
        repo.Checkout("feature/longrunning");
        repo.Merge("develop");

        repo.Configure("""
            workflow: GitFlow/v1
            mode: ContinuousDelivery
            branches:
              feature:
                mode: ContinuousDelivery
            """);
        repo.AssertFullSemVer("1.2.0-longrunning.2");
    }

    // GitVersion: FeatureBranchScenarios.CanUseBranchNameOffAReleaseBranch
    [Fact]
    public void A_feature_off_a_release_branch_uses_its_own_branch_name()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              release:
                label: build
              feature:
                label: '{BranchName}'
            """);
        repo.Commit();
        repo.BranchTo("release/0.3.0");
        repo.TaggedCommit("v0.3.0-build.1");
        repo.Commit();
        repo.BranchTo("feature/PROJ-1");
        repo.Commit();

        repo.AssertFullSemVer("0.3.0-PROJ-1.1+4");
    }

    // GitVersion: FeatureBranchScenarios.ShouldUseConfiguredLabel
    [Theory]
    [InlineData("alpha", "JIRA-123", "^features?[/-](?<BranchName>.+)", "alpha")]
    [InlineData("alpha.{BranchName}", "JIRA-123", "^features?[/-](?<BranchName>.+)", "alpha.JIRA-123")]
    [InlineData("{BranchName}-of-task-number-{TaskNumber}", "4711_this-is-a-feature", "^features?[/-](?<TaskNumber>\\d+)_(?<BranchName>.+)", "this-is-a-feature-of-task-number-4711")]
    public void A_feature_uses_the_configured_label(string label, string featureName, string regex, string preReleaseLabel)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure($"""
            workflow: GitFlow/v1
            branches:
              feature:
                label: '{label}'
                regex: '{regex}'
            """);
        repo.TaggedCommit("1.0.0");
        repo.BranchTo($"feature/{featureName}");
        repo.Commits(5);

        repo.AssertFullSemVer($"1.0.1-{preReleaseLabel}.1+5");
    }

    // GitVersion: FeatureBranchScenarios.BranchCreatedAfterFinishReleaseShouldInheritAndIncrementFromLastMainCommitTag
    [Fact]
    public void A_feature_created_after_a_finished_release_increments_from_the_last_tag_on_main()
    {
        using var repo = VersioningRepository.CreateGitFlow("0.1.0");
        repo.AssertFullSemVer("0.2.0-alpha.1");

        repo.CreateBranch("release/0.2.0");
        repo.Checkout("release/0.2.0");
        repo.AssertFullSemVer("0.2.0-beta.1+1");

        repo.Checkout("main");
        repo.MergeNoFF("release/0.2.0");
        repo.Tag("0.2.0");
        repo.AssertFullSemVer("0.2.0");

        repo.Checkout("develop");
        repo.MergeNoFF("release/0.2.0");
        repo.Commit();
        repo.AssertFullSemVer("0.3.0-alpha.1");

        repo.BranchTo("feature/TEST-1");
        repo.Commit();
        repo.AssertFullSemVer("0.3.0-TEST-1.1+2");
    }

    // GitVersion: FeatureBranchScenarios.ShouldPickUpVersionFromDevelopAfterReleaseBranchMergedBack
    [Fact]
    public void A_feature_picks_up_the_version_of_develop_after_a_release_is_merged_back()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.BranchTo("develop");
        repo.Commit();
        repo.BranchTo("release/1.0.0");
        repo.Commit();

        repo.Checkout("develop");
        repo.MergeNoFF("release/1.0.0");
        repo.AssertFullSemVer("1.1.0-alpha.2");

        repo.BranchTo("feature/test");
        repo.AssertFullSemVer("1.1.0-test.1+2");
    }

    // GitVersion: FeatureBranchScenarios.PickUpVersionFromMainMarkedWithIsTracksReleaseBranches
    [Fact]
    public void A_feature_picks_up_the_version_from_a_main_that_tracks_release_branches()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            mode: ManualDeployment
            branches:
              unknown:
                increment: Patch
                tracks-release-branches: true
              main:
                label: pre
                tracks-release-branches: true
              release:
                label: rc
            """);
        repo.Commit();

        repo.BranchTo("release/0.10.0");
        repo.Commits(2);
        repo.AssertFullSemVer("0.10.0-rc.1+3");

        repo.Checkout("main");
        repo.Commit();
        repo.AssertFullSemVer("0.10.1-pre.1+1");

        repo.BranchTo("MyFeatureD");
        repo.AssertFullSemVer("0.10.1-MyFeatureD.1+1");
    }
}
