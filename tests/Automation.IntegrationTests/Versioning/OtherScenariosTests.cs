namespace Automation.IntegrationTests.Versioning;

/// <summary>Replays GitTools/GitVersion src/GitVersion.Core.Tests/IntegrationTests/OtherScenarios.cs (6.x).</summary>
public sealed class OtherScenariosTests
{
    // GitVersion: OtherScenarios.AllowNotHavingMain
    [Fact]
    public void A_repository_without_main_is_versioned()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.TaggedCommit("1.0.0");
        repo.Commit();
        repo.BranchTo("develop");
        repo.DeleteBranch("main");

        repo.AssertFullSemVer("1.1.0-alpha.1");
    }

    // GitVersion: OtherScenarios.AllowHavingMasterInsteadOfMain
    [Fact]
    public void Master_is_treated_as_main()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("one");
        repo.BranchTo("develop");
        repo.BranchTo("master");
        repo.DeleteBranch("main");

        repo.AssertFullSemVer("0.0.1-1");
    }

    // GitVersion: OtherScenarios.AllowHavingVariantsStartingWithMain
    [Fact]
    public void Branches_whose_names_start_with_main_are_versioned()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.TaggedCommit("1.0.0");
        repo.Commit();
        repo.BranchTo("mainfix");

        repo.AssertFullSemVer("1.0.1-mainfix.1+1");
    }

    // GitVersion: OtherScenarios.EnsureTrackMergeTargetStrategyWhichWillLookForTaggedMergeCommits
    [Theory]
    [InlineData(false, "1.1.0-alpha.2")]
    [InlineData(true, "1.2.0-alpha.1")]
    public void Track_merge_target_finds_tagged_merge_commits(bool trackMergeTarget, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure($"""
            workflow: GitFlow/v1
            branches:
              main:
                is-main-branch: false
              develop:
                track-merge-target: {(trackMergeTarget ? "true" : "false")}
                tracks-release-branches: false
            """);
        repo.TaggedCommit("1.0.0");
        repo.BranchTo("develop");
        repo.Commit();
        repo.Checkout("main");
        repo.MergeNoFF("develop");
        repo.Tag("1.1.0");
        repo.Checkout("develop");
        repo.Commit();

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: OtherScenarios.AlternativeSemanticVersionsShouldBeConsidered
    [Fact]
    public void Alternative_semantic_versions_are_considered()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit("A");
        repo.TaggedCommit("4.0.0-beta.14");
        repo.Commit("B");

        repo.AssertFullSemVer("4.0.0-3");
    }

    // GitVersion: OtherScenarios.EnsurePreventIncrementWhenCurrentCommitTaggedOnReleaseBranchAndIncrementMinor
    [Theory]
    [InlineData("", true, "6.0.0-beta.1+1")]
    [InlineData("5.0.0", false, "6.0.0-beta.1+0")]
    [InlineData("6.0.0", true, "6.0.0")]
    [InlineData("6.0.0", false, "6.1.0-beta.1+0")]
    [InlineData("7.0.0-alpha.2", false, "7.0.0-beta.1+1")]
    [InlineData("6.0.0-beta.2", true, "6.0.0-beta.2")]
    [InlineData("6.0.0-beta.2", false, "6.0.0-beta.3+0")]
    [InlineData("4.0.0,5.0.0-beta.2", false, "6.0.0-beta.1+0")]
    public void A_tagged_commit_on_a_release_branch_is_not_incremented(string tags, bool preventIncrement, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure($"""
            workflow: GitFlow/v1
            branches:
              release:
                mode: ManualDeployment
                increment: Minor
                prevent-increment:
                  when-current-commit-tagged: {(preventIncrement ? "true" : "false")}
            """);
        repo.Commit();
        foreach (var tag in tags.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            repo.Tag(tag);
        }

        repo.BranchTo("release/6.0.0");

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: OtherScenarios.EnsurePreventIncrementWhenCurrentCommitTaggedOnDevelopWithDeploymentModeContinuousDelivery
    [Theory]
    [InlineData("0.0.1-alpha.2", false, "0.0.1-alpha.2")]
    [InlineData("0.0.1", true, "0.0.1")]
    [InlineData("0.0.1", false, "0.1.0-alpha.0")]
    [InlineData("0.1.0-beta.2", true, "0.1.0-alpha.1")]
    [InlineData("0.2.0-beta.2", false, "0.2.0-alpha.1")]
    public void A_tagged_commit_on_develop_in_continuous_delivery_is_not_incremented(string tag, bool preventIncrement, string expected)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure($"""
            workflow: GitFlow/v1
            branches:
              develop:
                mode: ContinuousDelivery
                prevent-increment:
                  when-current-commit-tagged: {(preventIncrement ? "true" : "false")}
            """);
        repo.Commit("A");
        repo.Tag(tag);
        repo.BranchTo("develop");

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: OtherScenarios.EnsureVersionSourceIsSetToTheRightTag
    /// <summary>GitVersion issue 2394: the version source of develop after main is merged back is the release tag.</summary>
    [Fact]
    public void The_version_source_is_the_right_tag()
    {
        using var repo = VersioningRepository.CreateGitFlow("0.1.0");
        repo.Checkout("main");
        repo.MergeNoFF("develop");
        repo.Checkout("develop");
        repo.Commit("Feature commit 1");
        repo.BranchTo("release/0.2.0");
        repo.Commit("Release commit 1");
        repo.Checkout("main");
        var tagged = repo.MergeNoFF("release/0.2.0");
        repo.Tag("0.2.0");
        repo.Checkout("develop");
        repo.MergeNoFF("main");

        var variables = repo.Calculate();

        Assert.True(variables.VersionSourceSha == tagged, $"Expected VersionSourceSha {tagged}.{Environment.NewLine}{VersioningRepository.Format(variables)}{repo.Describe()}");
    }
}
