namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/MainScenarios.cs (6.x): the main branch of
/// the GitFlow/v1 workflow. GitVersion's configuration builders are reproduced as a GitVersion.yml.
/// </summary>
public sealed class MainScenariosTests
{
    // GitVersion: MainScenarios.CanHandleManualDeployment
    [Fact]
    public void Main_in_manual_deployment_counts_commits_after_the_tag()
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

    // GitVersion: MainScenarios.CanHandleContinuousDelivery
    [Fact]
    public void Main_in_continuous_delivery_labels_the_next_patch()
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

    // GitVersion: MainScenarios.CanHandleContinuousDeployment
    [Fact]
    public void Main_in_continuous_deployment_is_the_next_patch()
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

    // GitVersion: MainScenarios.GivenARepositoryWithCommitsButNoTagsVersionShouldBe01
    [Fact]
    public void Commits_without_tags_are_version_0_0_1()
    {
        using var repo = VersioningRepository.Create();
        repo.Commits(3);

        repo.AssertFullSemVer("0.0.1-3");
    }

    // GitVersion: MainScenarios.GivenARepositoryWithCommitsButBadTagsVersionShouldBe01
    [Fact]
    public void Commits_with_tags_that_are_not_versions_are_version_0_0_1()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.Tag("BadTag");
        repo.Commits(2);

        repo.AssertFullSemVer("0.0.1-3");
    }

    // GitVersion: MainScenarios.GivenARepositoryWithCommitsButNoTagsWithDetachedHeadVersionShouldBe01
    [Fact]
    public void A_detached_head_without_tags_is_version_0_0_1()
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

    // GitVersion: MainScenarios.GivenARepositoryWithTagAndNextVersionInConfigVersionShouldMatchVersionTxtFile
    [Fact]
    public void Next_version_in_the_configuration_raises_the_version_over_an_older_tag()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("next-version: 1.1.0\n");
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);

        repo.AssertFullSemVer("1.1.0-5");
    }

    // GitVersion: MainScenarios.GivenARepositoryWithTagAndANextVersionTxtFileAndNoCommitsVersionShouldBeTag2
    [Fact]
    public void A_tag_bumps_the_patch_until_a_higher_next_version_is_configured()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.3");
        repo.Commit();
        repo.AssertFullSemVer("1.0.4-1");

        repo.Configure("workflow: GitFlow/v1\nnext-version: 1.1.0\n");
        repo.AssertFullSemVer("1.1.0-1");
    }

    // GitVersion: MainScenarios.GivenARepositoryWithTagAndOldNextVersionConfigVersionShouldBeTagWithBumpedPatch
    [Fact]
    public void An_older_next_version_leaves_the_tag_with_a_bumped_patch()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.1.0");
        repo.Commits(5);
        repo.Configure("workflow: GitFlow/v1\nnext-version: 1.0.0\n");

        repo.AssertFullSemVer("1.1.1-5");
    }

    // GitVersion: MainScenarios.CanSpecifyTagPrefixes
    [Fact]
    public void A_configured_tag_prefix_is_stripped_from_tags()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("version-1.0.3");
        repo.Commits(5);
        repo.Configure("workflow: GitFlow/v1\ntag-prefix: 'version-'\n");

        repo.AssertFullSemVer("1.0.4-5");
    }

    // GitVersion: MainScenarios.NextVersionShouldBeConsideredOnTheDevelopmentBranch
    [Fact]
    public void Next_version_counts_on_the_development_branch()
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

    // GitVersion: MainScenarios.TrackMergeMessageShouldBeConsideredOnTheMainBranch
    /// <summary>The <c>trackMergeMessage: true</c> case, which is main's default in GitFlow/v1.</summary>
    [Fact]
    public void Merge_messages_are_tracked_on_main()
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
