namespace Automation.Tests.Versioning;

/// <summary>Detached HEAD on a tag (TagCheckoutScenarios) and the branch name of detached builds.</summary>
public sealed class TagCheckoutScenarioTests
{
    [Fact]
    public void A_single_tagged_commit()
    {
        var version = new TestRepository().TaggedCommit("1.0.3").Checkout("1.0.3").Version();
        Assert.Equal("1.0.3", version.FullSemVer);
        Assert.Equal("main", version.BranchName);
    }

    [Fact]
    public void A_tagged_commit_on_two_branches_is_no_branch_as_GitVersion_says()
    {
        // Found by the differential on real and generated repositories: GitVersion 6.8.2 does not name a detached
        // HEAD after the tag on its commit.
        var version = new TestRepository().TaggedCommit("1.0.3").CreateBranch("task1").Checkout("1.0.3").Version();
        Assert.Equal("1.0.3", version.FullSemVer);
        Assert.Equal("(no branch)", version.BranchName);
        Assert.Equal("-no-branch-", version.EscapedBranchName);
        Assert.Equal("Branch.-no-branch-.Sha." + version.Sha, version.FullBuildMetaData);
    }

    [Fact]
    public void Two_tags_and_a_develop_branch() =>
        Assert.Equal("1.0.1", new TestRepository().Commit("init main").Tag("1.0").Commit("hotfix").Tag("1.0.1").BranchTo("develop").Commit("new feature")
            .Checkout("1.0.1").BranchTo("tags/1.0.1").FullSemVer());

    [Fact]
    public void A_detached_commit_on_one_branch_takes_that_branch()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit();
        var commit = repository.CurrentSha;
        repository.Commit().Checkout(commit);
        Assert.Equal("1.1.0-alpha.1", repository.FullSemVer());
    }

    [Fact]
    public void The_branch_override_wins()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").Commit();
        repository.Checkout(repository.CurrentSha);
        repository.BranchOverride = "feature/override";
        Assert.Equal("1.0.1-override.1+1", repository.FullSemVer());
    }
}
