namespace Automation.Tests.Versioning;

/// <summary>GitVersion's main-branch scenarios (MainScenarios), with the FullSemVer its own tests expect.</summary>
public sealed class MainScenarioTests
{
    [Fact]
    public void Commits_without_tags_give_zero_zero_one() =>
        Assert.Equal("0.0.1-3", new TestRepository().Commits(3).FullSemVer());

    [Fact]
    public void Tags_that_are_not_versions_are_ignored() =>
        Assert.Equal("0.0.1-3", new TestRepository().Commit().Tag("BadTag").Commits(2).FullSemVer());

    [Fact]
    public void Commits_after_a_tag_bump_the_patch() =>
        Assert.Equal("1.0.4-5", new TestRepository().TaggedCommit("1.0.3").Commits(5).FullSemVer());

    [Fact]
    public void A_tagged_head_is_the_tag() =>
        Assert.Equal("1.0.3", new TestRepository().TaggedCommit("1.0.3").FullSemVer());

    [Fact]
    public void The_default_tag_prefix_accepts_v() =>
        Assert.Equal("1.0.4-5", new TestRepository().TaggedCommit("v1.0.3").Commits(5).FullSemVer());

    [Fact]
    public void A_custom_tag_prefix_is_a_regular_expression()
    {
        var repository = new TestRepository { Yaml = "tag-prefix: 'version-|[vV]?'" }.TaggedCommit("v1.0.3").Commits(5);
        Assert.Equal("1.0.4-5", repository.FullSemVer());
        repository.TaggedCommit("version-1.0.5").Commits(5);
        Assert.Equal("1.0.6-5", repository.FullSemVer());
    }

    [Fact]
    public void Next_version_raises_the_version() =>
        Assert.Equal("1.1.0-5", new TestRepository { Yaml = "next-version: 1.1.0" }.TaggedCommit("1.0.3").Commits(5).FullSemVer());

    [Fact]
    public void An_older_next_version_is_ignored() =>
        Assert.Equal("1.1.1-5", new TestRepository { Yaml = "next-version: 1.0.0" }.TaggedCommit("1.1.0").Commits(5).FullSemVer());

    [Fact]
    public void A_tagged_head_wins_over_next_version() =>
        Assert.Equal("1.0.3", new TestRepository { Yaml = "next-version: 1.1.0" }.TaggedCommit("1.0.3").FullSemVer());

    [Theory]
    [InlineData("ManualDeployment", "1.0.1-1+2")]
    [InlineData("ContinuousDelivery", "1.0.1-2")]
    [InlineData("ContinuousDeployment", "1.0.1")]
    public void The_deployment_mode_shapes_the_version(string mode, string expected) =>
        Assert.Equal(expected, new TestRepository { Yaml = $"branches:\n  main:\n    mode: {mode}\n" }.TaggedCommit("1.0.0").Commits(2).FullSemVer());

    [Fact]
    public void A_label_on_main_with_continuous_delivery() =>
        Assert.Equal("1.0.1-ci.2", new TestRepository { Yaml = "branches:\n  main:\n    label: ci\n" }.TaggedCommit("1.0.0").Commits(2).FullSemVer());

    [Fact]
    public void A_merged_release_branch_gives_its_version()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commit().BranchTo("release-2.0.0").Commits(4).Checkout("main").MergeNoFF("release-2.0.0");
        Assert.Equal("2.0.0-6", repository.FullSemVer());
        repository.RemoveBranch("release-2.0.0");
        Assert.Equal("2.0.0-6", repository.FullSemVer());
        repository.Tag("2.0.0").Commit();
        Assert.Equal("2.0.1-1", repository.FullSemVer());
    }

    [Fact]
    public void The_highest_merged_release_wins()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commit()
            .BranchTo("release-2.0.0").Commits(4).Checkout("main").MergeNoFF("release-2.0.0")
            .BranchTo("release-1.0.0").Commits(4).Checkout("main").MergeNoFF("release-1.0.0");
        Assert.Equal("2.0.0-11", repository.FullSemVer());
    }

    [Theory]
    [InlineData(true, "1.1.0-4")]
    [InlineData(false, "1.0.1-4")]
    public void Track_merge_message_decides_whether_a_merged_release_counts(bool track, string expected)
    {
        var repository = new TestRepository { Yaml = $"branches:\n  main:\n    track-merge-message: {track.ToString().ToLowerInvariant()}\n" }
            .TaggedCommit("1.0.0").BranchTo("release/1.1.0").Commits(2);
        Assert.Equal("1.1.0-beta.1+2", repository.FullSemVer());
        repository.Checkout("main").Commit();
        Assert.Equal("1.0.1-1", repository.FullSemVer());
        repository.MergeNoFF("release/1.1.0");
        Assert.Equal(expected, repository.FullSemVer());
    }

    [Fact]
    public void Main_after_merged_develop_and_feature_bumps_the_patch()
    {
        // Read off the real GitVersion 6.8.2 (and the differential seeds 74, 110, 133, 139, 150, 185): in GitFlow a
        // merged branch does not bring its own increment to main, only main's Patch and +semver: messages count.
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit().Checkout("main").MergeNoFF("develop");
        Assert.Equal("1.0.1-2", repository.FullSemVer());
        repository.BranchTo("feature/x").Commit().Checkout("main").MergeNoFF("feature/x");
        Assert.Equal("1.0.1-4", repository.FullSemVer());
    }
}
