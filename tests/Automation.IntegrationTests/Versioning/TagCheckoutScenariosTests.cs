namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/TagCheckoutScenarios.cs: a checked-out tag
/// (detached HEAD) is that tag's version.
/// </summary>
public sealed class TagCheckoutScenariosTests
{
    // GitVersion: TagCheckoutScenarios.GivenARepositoryWithSingleCommit
    [Fact]
    public void A_checked_out_tag_on_a_single_commit_is_the_tag()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.Checkout("1.0.3");

        repo.AssertFullSemVer("1.0.3");
    }

    // GitVersion: TagCheckoutScenarios.GivenARepositoryWithSingleCommitAndSingleBranch
    [Fact]
    public void A_checked_out_tag_on_a_single_branch_is_the_tag()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.BranchTo("task1");
        repo.Checkout("1.0.3");

        repo.AssertFullSemVer("1.0.3");
    }

    // GitVersion: TagCheckoutScenarios.GivenARepositoryWithTwoTagsAndADevelopBranch
    [Fact]
    public void A_checked_out_tag_is_the_tag_with_two_tags_and_a_develop_branch()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("init main");
        repo.Tag("1.0");
        repo.Commit("hotfix");
        repo.Tag("1.0.1");
        repo.BranchTo("develop");
        repo.Commit("new feature");
        repo.Checkout("1.0.1");
        repo.BranchTo("tags/1.0.1");

        repo.AssertFullSemVer("1.0.1");
    }

    /// <summary>Not from GitVersion: an annotated tag checked out on a detached HEAD, several branches containing it.</summary>
    [Fact]
    public void TagCheckout_AnnotatedTagOnDetachedHeadContainedInSeveralBranches()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Commit();
        repo.AnnotatedTag("v1.1.0", "Release 1.1.0");
        repo.CreateBranch("develop");
        repo.Commit();
        repo.Detach("v1.1.0");

        var variables = repo.AssertFullSemVer("1.1.0");
        Assert.Equal(repo.Git("rev-parse", "v1.1.0^{commit}"), variables.Sha);
    }
}
