namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/PullRequestScenarios.cs (6.x). GitVersion's
/// <c>CreatePullRequestRef(from, to, normalise: true)</c> merges on a detached HEAD, stores <c>refs/pull/N/merge</c>
/// and checks the merge out as the branch <c>pull/N/merge</c>.
/// </summary>
public sealed class PullRequestScenariosTests
{
    /// <summary>GitHubFlow - pull requests (increment major on main and minor on feature).</summary>
    [Fact]
    public void PullRequestScenarios_EnsurePullRequestWithIncrementMajorOnMainAndMinorOnFeatureBranch()
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
        repo.AssertFullSemVer("1.1.0-2");
    }

    [Fact]
    public void PullRequestScenarios_CanCalculatePullRequestChanges()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("0.1.0");
        repo.BranchTo("feature/Foo");
        repo.Commit();
        repo.CreatePullRequestRef("feature/Foo", "main");

        repo.AssertFullSemVer("0.1.1-PullRequest2.2");
    }

    [Fact]
    public void PullRequestScenarios_CanCalculatePullRequestChangesInheritingConfig()
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

    [Fact]
    public void PullRequestScenarios_CanCalculatePullRequestChangesWhenThereAreMultipleMergeCandidates()
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

    [Fact]
    public void PullRequestScenarios_CalculatesCorrectVersionAfterReleaseBranchMergedToMain()
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
