namespace Automation.IntegrationTests.Versioning;

/// <summary>Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/SupportBranchScenarios.cs (6.x), default GitFlow/v1.</summary>
public sealed class SupportBranchScenariosTests
{
    // GitVersion: SupportBranchScenarios.SupportIsCalculatedCorrectly
    [Fact]
    public void A_support_branch_is_versioned_as_a_main_branch_of_its_own()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.Tag("1.1.0");

        // The 2.0.0 release.
        repo.BranchTo("release-2.0.0");
        repo.Commits(2);
        repo.Checkout("main");
        repo.MergeNoFF("release-2.0.0");
        repo.Tag("2.0.0");
        repo.AssertFullSemVer("2.0.0");

        // Support the 1.x release.
        repo.Checkout("1.1.0");
        repo.BranchTo("support/1.0.0");
        repo.AssertFullSemVer("1.1.0");

        // A release branch from the support branch.
        repo.BranchTo("release/1.2.0");
        repo.Commit();
        repo.AssertFullSemVer("1.2.0-beta.1+1");

        repo.Checkout("support/1.0.0");
        repo.MergeNoFF("release/1.2.0");
        repo.AssertFullSemVer("1.2.0-2");
        repo.Tag("1.2.0");

        // A 1.2.1 hotfix.
        repo.BranchTo("hotfix/1.2.1");
        repo.Commit();
        repo.AssertFullSemVer("1.2.1-beta.1+1");
        repo.Checkout("support/1.0.0");
        repo.MergeNoFF("hotfix/1.2.1");
        repo.AssertFullSemVer("1.2.1-2");
    }

    // GitVersion: SupportBranchScenarios.WhenSupportIsBranchedAndTaggedFromAnotherSupportEnsureNewMinorIsUsed
    [Fact]
    public void A_support_branch_off_another_support_branch_takes_a_new_minor()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.CreateBranch("Support-1.2.0");
        repo.Checkout("Support-1.2.0");
        repo.Commit();
        repo.Tag("1.2.0");

        repo.CreateBranch("Support-1.3.0");
        repo.Checkout("Support-1.3.0");
        repo.Tag("1.3.0");
        repo.Commits(2);

        repo.AssertFullSemVer("1.3.1-2");
    }

    // GitVersion: SupportBranchScenarios.WhenSupportIsBranchedFromMainWithSpecificTag
    [Fact]
    public void A_support_branch_off_a_tag_on_main_starts_from_that_tag()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.AssertFullSemVer("0.0.1-1");

        repo.Tag("1.4.0-rc");
        repo.Commit();
        repo.BranchTo("support/1");
        repo.AssertFullSemVer("1.4.0-2");
    }

    // GitVersion: SupportBranchScenarios.WhenSupportIsBranchedFromMainWithSpecificTagOnCommit
    [Fact]
    public void A_support_branch_off_a_tagged_commit_on_main_starts_from_that_tag()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.AssertFullSemVer("0.0.1-1");

        repo.Tag("1.4.0-rc");
        repo.BranchTo("support/1");
        repo.AssertFullSemVer("1.4.0-1");
    }
}
