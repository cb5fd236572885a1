namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Hotfix branches. Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/HotfixBranchScenarios.cs,
/// and the hotfix scenarios of DevelopScenarios.cs and OtherScenarios.cs (6.x).
/// </summary>
public sealed class HotfixBranchScenariosTests
{
    // GitVersion: HotfixBranchScenarios.CanTakeVersionFromHotfixesBranch
    [Fact]
    public void A_hotfixes_branch_gives_the_version_in_its_name()
    {
        using var repo = VersioningRepository.CreateGitFlow(r =>
        {
            r.TaggedCommit("1.0.0");
            r.TaggedCommit("1.1.0");
            r.TaggedCommit("2.0.0");
        });
        repo.CreateBranch("support-1.1", "1.1.0");
        repo.Checkout("support-1.1");
        repo.AssertFullSemVer("1.1.0");

        repo.CreateBranch("hotfixes/1.1.1");
        repo.Checkout("hotfixes/1.1.1");
        repo.AssertFullSemVer("1.1.1-beta.1+0");

        repo.Commit();
        repo.AssertFullSemVer("1.1.1-beta.1+1");
        repo.Commit();
        repo.AssertFullSemVer("1.1.1-beta.1+2");
    }

    // GitVersion: HotfixBranchScenarios.PatchOlderReleaseExample
    [Fact]
    public void A_hotfix_patches_an_older_release()
    {
        using var repo = VersioningRepository.CreateGitFlow(r =>
        {
            r.TaggedCommit("1.0.0");
            r.TaggedCommit("1.1.0");
            r.TaggedCommit("2.0.0");
        });
        repo.Checkout("main");
        repo.CreateBranch("support-1.1", "1.1.0");
        repo.Checkout("support-1.1");
        repo.AssertFullSemVer("1.1.0");

        repo.BranchTo("hotfix-1.1.1");
        repo.AssertFullSemVer("1.1.1-beta.1+0");
        repo.Commit();
        repo.AssertFullSemVer("1.1.1-beta.1+1");
        repo.Commit();
        repo.AssertFullSemVer("1.1.1-beta.1+2");

        // A feature branch off the hotfix branch, and its pull request.
        repo.BranchTo("feature/fix");
        repo.AssertFullSemVer("1.1.1-fix.1+2");
        repo.Commit();
        repo.AssertFullSemVer("1.1.1-fix.1+3");
        repo.CreatePullRequestRef("feature/fix", "hotfix-1.1.1", number: 8);
        repo.AssertFullSemVer("1.1.1-PullRequest8.4");
        repo.Checkout("hotfix-1.1.1");
        repo.MergeNoFF("feature/fix");
        repo.AssertFullSemVer("1.1.1-beta.1+4");

        // Merge the hotfix into the support branch to complete it.
        repo.Checkout("support-1.1");
        repo.MergeNoFF("hotfix-1.1.1");
        repo.AssertFullSemVer("1.1.1-5");
        repo.Tag("1.1.1");
        repo.AssertFullSemVer("1.1.1");

        repo.Checkout("develop");
        repo.AssertFullSemVer("2.1.0-alpha.1");
        repo.MergeNoFF("support-1.1");
        repo.AssertFullSemVer("2.1.0-alpha.7");
    }

    // GitVersion: DevelopScenarios.TagOnHotfixShouldNotAffectDevelop
    [Fact]
    public void A_tag_on_a_hotfix_does_not_affect_develop()
    {
        using var repo = VersioningRepository.CreateGitFlow("1.2.0");
        repo.Checkout("main");
        repo.CreateBranch("hotfix-1.2.1");
        repo.Checkout("hotfix-1.2.1");
        repo.Commit();
        repo.AssertFullSemVer("1.2.1-beta.1+1");

        // GitFlow/v1 hotfix: prevent-increment.when-current-commit-tagged is false, so the tagged commit moves on.
        repo.Tag("1.2.1-beta.1");
        repo.AssertFullSemVer("1.2.1-beta.2+0");

        repo.Checkout("develop");
        repo.Commit();
        repo.AssertFullSemVer("1.3.0-alpha.2");
    }

    // GitVersion: OtherScenarios.UnversionedHotfix
    [Fact]
    public void A_hotfix_without_a_version_in_its_name_bumps_the_patch()
    {
        using var repo = VersioningRepository.CreateGitFlow("1.2.0");
        repo.Checkout("main");
        repo.CreateBranch("hotfix/put-out-the-fire");
        repo.Checkout("hotfix/put-out-the-fire");
        repo.Commit();
        repo.AssertFullSemVer("1.2.1-beta.1+1");
        repo.Commit();
        repo.AssertFullSemVer("1.2.1-beta.1+2");

        repo.Checkout("main");
        repo.MergeNoFF("hotfix/put-out-the-fire");
        repo.AssertFullSemVer("1.2.1-3");
    }

    // GitVersion: DevelopScenarios.WhenPreventIncrementOfMergedBranchVersionIsSetToFalseForDevelopCommitsSinceVersionSourceShouldNotGoDownWhenMergingHotfixToDevelop
    [Fact]
    public void Merging_a_hotfix_into_develop_keeps_the_commit_count_when_merged_versions_increment()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              develop:
                prevent-increment:
                  of-merged-branch: false
              hotfix:
                prevent-increment:
                  of-merged-branch: true
                regex: '^(origin/)?hotfix[/-]'
            """);
        repo.Commit();
        repo.BranchTo("develop");
        repo.TaggedCommit("1.0.0");
        repo.Commit();
        repo.Commits(3);
        repo.AssertFullSemVer("1.1.0-alpha.4");

        repo.BranchTo("release/1.1.0");
        repo.Commits(3);
        repo.AssertFullSemVer("1.1.0-beta.1+7");

        // A GitFlow release finish, with work on develop while the release branch was open.
        repo.Checkout("main");
        repo.MergeNoFF("release/1.1.0");
        repo.Tag("v1.1.0");
        repo.Checkout("develop");
        repo.Commits(2);
        repo.MergeNoFF("release/1.1.0");
        repo.DeleteBranch("release/1.1.0");
        repo.AssertFullSemVer("1.2.0-alpha.3");

        // A hotfix for defects found in 1.1.0, finished into main.
        repo.Checkout("main");
        repo.BranchTo("hotfix/1.1.1");
        repo.Commits(3);
        repo.Checkout("main");
        repo.MergeNoFF("hotfix/1.1.1");
        repo.Tag("v1.1.1");

        // Work done on develop while the hotfix branch was open, then the hotfix merged into develop.
        repo.Checkout("develop");
        repo.Commits(3);
        repo.AssertFullSemVer("1.2.0-alpha.6");
        repo.MergeNoFF("hotfix/1.1.1");
        repo.AssertFullSemVer("1.2.0-alpha.7");

        repo.DeleteBranch("hotfix/1.1.1");
        repo.AssertFullSemVer("1.2.0-alpha.7");
    }
}
