namespace Automation.Tests.Versioning;

/// <summary>GitVersion's release branch scenarios (ReleaseBranchScenarios).</summary>
public sealed class ReleaseScenarioTests
{
    [Theory]
    [InlineData("release-2.0.0")]
    [InlineData("releases/2.0.0")]
    [InlineData("release-2.0.0-Final")]
    public void The_version_comes_from_the_branch_name(string branch)
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commits(5).BranchTo(branch);
        Assert.Equal("2.0.0-beta.1+5", repository.FullSemVer());
        repository.Commits(2);
        Assert.Equal("2.0.0-beta.1+7", repository.FullSemVer());
    }

    [Fact]
    public void A_pre_release_tag_on_the_release_branch_bumps_its_number() =>
        Assert.Equal("2.0.0-beta.2+0", new TestRepository().Commits(5).BranchTo("releases/2.0.0").Tag("v2.0.0-beta.1").FullSemVer());

    [Fact]
    public void The_release_label_can_be_configured() =>
        Assert.Equal("2.0.0-rc.1+5", new TestRepository { Yaml = "branches:\n  release:\n    label: rc\n" }.TaggedCommit("1.0.3").Commits(5).BranchTo("release-2.0.0").FullSemVer());

    [Fact]
    public void Next_version_on_a_release_branch() =>
        Assert.Equal("2.0.0-beta.1+5", new TestRepository { Yaml = "next-version: 2.0.0" }.Commits(5).BranchTo("release-2.0.0").FullSemVer());

    [Fact]
    public void Merging_back_to_develop_does_not_reset_the_beta()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").BranchTo("develop").Commit();
        Assert.Equal("1.1.0-alpha.1", repository.FullSemVer());
        repository.BranchTo("release-2.0.0").Commit();
        Assert.Equal("2.0.0-beta.1+2", repository.FullSemVer());
        repository.Tag("2.0.0-beta1").Commit();
        Assert.Equal("2.0.0-beta.2+1", repository.FullSemVer());
        repository.Checkout("develop").MergeNoFF("release-2.0.0").Checkout("release-2.0.0");
        Assert.Equal("2.0.0-beta.2+1", repository.FullSemVer());
        repository.Commit();
        Assert.Equal("2.0.0-beta.2+2", repository.FullSemVer());
    }

    [Fact]
    public void The_highest_release_merged_into_develop_wins()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").CreateBranch("develop").Commit()
            .BranchTo("release-2.0.0").Commits(4).Checkout("develop").MergeNoFF("release-2.0.0")
            .BranchTo("release-1.0.0").Commits(4).Checkout("develop").MergeNoFF("release-1.0.0");
        Assert.Equal("2.1.0-alpha.11", repository.FullSemVer());
    }

    [Fact]
    public void The_branch_name_wins_over_a_bump_message_before_it() =>
        Assert.Equal("2.0.0-beta.1+3", new TestRepository().TaggedCommit("1.0.0").Commit("+semver:major").Commit().BranchTo("release/2.0.0").Commit().FullSemVer());

    [Theory]
    [InlineData("release/1.2.0", "Strict", "1.2.0-beta.1+1")]
    [InlineData("release/1.2", "Loose", "1.2.0-beta.1+1")]
    [InlineData("release/1", "Loose", "1.0.0-beta.1+1")]
    public void The_version_format_decides_what_a_branch_name_may_hold(string branch, string format, string expected) =>
        Assert.Equal(expected, new TestRepository(branch) { Yaml = $"semantic-version-format: {format}" }.Commit().FullSemVer());

    [Fact]
    public void A_feature_merged_into_a_release_keeps_counting()
    {
        var repository = new TestRepository().Commit("initial").BranchTo("develop").BranchTo("release-2.0.0");
        Assert.Equal("2.0.0-beta.1+1", repository.FullSemVer());
        repository.Commits(10).BranchTo("feature/xxx").Commits(2).Checkout("release-2.0.0").Commit().Checkout("feature/xxx").Commit().Checkout("release-2.0.0").MergeNoFF("feature/xxx");
        Assert.Equal("2.0.0-beta.1+16", repository.FullSemVer());
    }

    [Fact]
    public void The_weighted_pre_release_number_adds_the_branch_weight() =>
        Assert.Equal(30001, new TestRepository().TaggedCommit("1.0.3").Commits(5).BranchTo("release-2.0.0").Version().WeightedPreReleaseNumber);
}
