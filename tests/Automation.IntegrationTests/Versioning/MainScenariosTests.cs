namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/MainScenarios.cs (6.x): the main branch of
/// the GitFlow/v1 workflow. GitVersion's configuration builders are reproduced as a GitVersion.yml.
/// </summary>
public sealed class MainScenariosTests
{
    [Fact]
    public void MainScenarios_CanHandleManualDeployment()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              main:
                mode: ManualDeployment
            """);
        repo.TaggedCommit("1.0.0");
        repo.Commits(2);

        repo.AssertFullSemVer("1.0.1-1+2");
    }

    [Fact]
    public void MainScenarios_CanHandleContinuousDelivery()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              main:
                label: ci
                mode: ContinuousDelivery
            """);
        repo.TaggedCommit("1.0.0");
        repo.Commits(2);

        repo.AssertFullSemVer("1.0.1-ci.2");
    }

    [Fact]
    public void MainScenarios_CanHandleContinuousDeployment()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitFlow/v1
            branches:
              main:
                label: ci
                mode: ContinuousDeployment
            """);
        repo.TaggedCommit("1.0.0");
        repo.Commits(2);

        repo.AssertFullSemVer("1.0.1");
    }

    [Fact]
    public void MainScenarios_GivenARepositoryWithCommitsButNoTagsVersionShouldBe01()
    {
        using var repo = VersioningRepository.Create();
        repo.Commits(3);

        repo.AssertFullSemVer("0.0.1-3");
    }

    [Fact]
    public void MainScenarios_GivenARepositoryWithCommitsButBadTagsVersionShouldBe01()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.Tag("BadTag");
        repo.Commits(2);

        repo.AssertFullSemVer("0.0.1-3");
    }

    [Fact]
    public void MainScenarios_GivenARepositoryWithCommitsButNoTagsWithDetachedHeadVersionShouldBe01()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("one");
        repo.Commit("two");
        var three = repo.Commit("three");
        repo.Commit();
        repo.Detach(three);

        // Only main contains the commit: the engine finds the branch from it.
        repo.AssertFullSemVer("0.0.1-3");
    }

    [Fact]
    public void MainScenarios_GivenARepositoryWithTagAndNextVersionInConfigVersionShouldMatchVersionTxtFile()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("next-version: 1.1.0\n");
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);

        repo.AssertFullSemVer("1.1.0-5");
    }

    [Fact]
    public void MainScenarios_GivenARepositoryWithTagAndANextVersionTxtFileAndNoCommitsVersionShouldBeTag2()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.Commit();
        repo.AssertFullSemVer("1.0.4-1");

        repo.Configure("workflow: GitFlow/v1\nnext-version: 1.1.0\n");
        repo.AssertFullSemVer("1.1.0-1");
    }

    [Fact]
    public void MainScenarios_GivenARepositoryWithTagAndOldNextVersionConfigVersionShouldBeTagWithBumpedPatch()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.1.0");
        repo.Commits(5);
        repo.Configure("workflow: GitFlow/v1\nnext-version: 1.0.0\n");

        repo.AssertFullSemVer("1.1.1-5");
    }

    [Fact]
    public void MainScenarios_CanSpecifyTagPrefixes()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("version-1.0.3");
        repo.Commits(5);
        repo.Configure("workflow: GitFlow/v1\ntag-prefix: 'version-'\n");

        repo.AssertFullSemVer("1.0.4-5");
    }

    [Fact]
    public void MainScenarios_NextVersionShouldBeConsideredOnTheDevelopmentBranch()
    {
        using var repo = VersioningRepository.Create(initialBranch: "develop");
        repo.Commit();
        repo.AssertFullSemVer("0.1.0-alpha.1");

        repo.Configure("workflow: GitFlow/v1\nnext-version: 1.0.0\n");
        repo.AssertFullSemVer("1.0.0-alpha.1");

        repo.Commit();
        repo.RemoveConfiguration();
        repo.AssertFullSemVer("0.1.0-alpha.2");

        repo.Configure("workflow: GitFlow/v1\nnext-version: 1.0.0\n");
        repo.AssertFullSemVer("1.0.0-alpha.2");
    }

    /// <summary>The <c>trackMergeMessage: true</c> case, which is main's default in GitFlow/v1.</summary>
    [Fact]
    public void MainScenarios_TrackMergeMessageShouldBeConsideredOnTheMainBranch()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("release/1.1.0");
        repo.Commits(2);
        repo.AssertFullSemVer("1.1.0-beta.1+2");

        repo.Checkout("main");
        repo.Commit();
        repo.AssertFullSemVer("1.0.1-1");

        repo.MergeNoFF("release/1.1.0");
        repo.AssertFullSemVer("1.1.0-4");
    }
}
