namespace Automation.Tests.Versioning;

/// <summary>GitVersion's develop scenarios (DevelopScenarios).</summary>
public sealed class DevelopScenarioTests
{
    [Fact]
    public void Develop_branched_from_a_tag_bumps_the_minor() =>
        Assert.Equal("1.1.0-alpha.1", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit().FullSemVer());

    [Fact]
    public void Develop_at_the_tagged_commit_is_alpha_zero() =>
        Assert.Equal("1.1.0-alpha.0", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").FullSemVer());

    [Fact]
    public void A_developer_branch_is_not_develop() =>
        Assert.Equal("1.0.1-developer.1+1", new TestRepository().TaggedCommit("1.0.0").BranchTo("developer").Commit().FullSemVer());

    [Fact]
    public void Develop_inherits_the_version_of_a_release_branch()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit()
            .BranchTo("release/2.0.0").Commits(2).Checkout("develop");
        Assert.Equal("2.1.0-alpha.0", repository.FullSemVer());
        repository.Commit();
        Assert.Equal("2.1.0-alpha.1", repository.FullSemVer());
        repository.MergeNoFF("release/2.0.0");
        Assert.Equal("2.1.0-alpha.4", repository.FullSemVer());
        repository.BranchTo("feature/MyFeature").Commit();
        Assert.Equal("2.1.0-MyFeature.1+5", repository.FullSemVer());
    }

    [Fact]
    public void A_feature_of_a_release_branch_takes_the_release_version()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").CreateBranch("release/3.0.0").Commit()
            .BranchTo("release/2.0.0").Commits(2);
        Assert.Equal("2.0.0-beta.1+3", repository.FullSemVer());
        repository.Checkout("develop");
        Assert.Equal("3.1.0-alpha.1", repository.FullSemVer());
        repository.Commit();
        Assert.Equal("3.1.0-alpha.2", repository.FullSemVer());
        repository.MergeNoFF("release/2.0.0");
        Assert.Equal("3.1.0-alpha.5", repository.FullSemVer());
        repository.Checkout("release/2.0.0").BranchTo("feature/MyFeature").Commit();
        Assert.Equal("2.0.0-MyFeature.1+4", repository.FullSemVer());
    }

    [Fact]
    public void A_tag_on_a_hotfix_does_not_affect_develop()
    {
        var repository = new TestRepository().TaggedCommit("1.2.0").BranchTo("develop").Commit()
            .Checkout("main").BranchTo("hotfix-1.2.1").Commit();
        Assert.Equal("1.2.1-beta.1+1", repository.FullSemVer());
        repository.Tag("1.2.1-beta.1");
        Assert.Equal("1.2.1-beta.2+0", repository.FullSemVer());
        repository.Checkout("develop").Commit();
        Assert.Equal("1.3.0-alpha.2", repository.FullSemVer());
    }

    [Fact]
    public void The_count_does_not_go_down_when_a_release_is_finished()
    {
        var repository = new TestRepository().Commit().Tag("1.1.0").BranchTo("develop").Commit();
        Assert.Equal("1.2.0-alpha.1", repository.FullSemVer());
        repository.BranchTo("release/1.2.0");
        Assert.Equal("1.2.0-beta.1+1", repository.FullSemVer());
        repository.Checkout("develop").Commits(4);
        Assert.Equal("1.3.0-alpha.4", repository.FullSemVer());
        repository.Checkout("release/1.2.0").Commits(3);
        Assert.Equal("1.2.0-beta.1+4", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("release/1.2.0").Tag("1.2.0").Checkout("develop").MergeNoFF("release/1.2.0").Commit();
        Assert.Equal("1.3.0-alpha.6", repository.FullSemVer());
        repository.RemoveBranch("release/1.2.0");
        Assert.Equal("1.3.0-alpha.6", repository.FullSemVer());
    }

    [Fact]
    public void A_pre_release_tag_on_develop_is_counted_on() =>
        Assert.Equal("1.0.0-alpha.5", new TestRepository().Commit().BranchTo("develop").TaggedCommit("1.0.0-alpha.3").Commits(2).FullSemVer());

    [Fact]
    public void Next_version_is_used_on_develop()
    {
        var repository = new TestRepository("develop").Commit();
        Assert.Equal("0.1.0-alpha.1", repository.FullSemVer());
        repository.Yaml = "next-version: 1.0.0";
        Assert.Equal("1.0.0-alpha.1", repository.FullSemVer());
    }

    [Fact]
    public void Versions_on_develop_do_not_go_down()
    {
        var repository = new TestRepository("develop") { Yaml = "next-version: 1.0.0" }.Commit().BranchTo("release/1.0.0").Commit();
        Assert.Equal("1.0.0-beta.1+2", repository.FullSemVer());
        repository.Checkout("develop");
        Assert.Equal("1.1.0-alpha.0", repository.FullSemVer());
        repository.Commit();
        Assert.Equal("1.1.0-alpha.1", repository.FullSemVer());
        repository.Checkout("release/1.0.0").Tag("1.0.0-beta.1");
        Assert.Equal("1.0.0-beta.2+0", repository.FullSemVer());
        repository.Checkout("develop").Commit();
        Assert.Equal("1.1.0-alpha.2", repository.FullSemVer());
        repository.MergeNoFF("release/1.0.0");
        Assert.Equal("1.1.0-alpha.4", repository.FullSemVer());
        repository.RemoveBranch("release/1.0.0");
        Assert.Equal("1.1.0-alpha.5", repository.FullSemVer());
        repository.RemoveTag("1.0.0-beta.1").BranchTo("main");
        Assert.Equal("1.0.0-5", repository.FullSemVer());
        repository.Tag("1.0.0");
        Assert.Equal("1.0.0", repository.FullSemVer());
    }
}
