namespace Automation.Tests.Versioning;

/// <summary>
/// A branch whose source moved on after it forked: GitVersion 6.8 counts the tags of main (and release) branches
/// whenever they were made, so the branch takes its source's current version. The expectations were read off the
/// real GitVersion 6.8.2 (GitVersion's own tests have no scenario of this shape; the differential suite found it,
/// seeds 4, 34, 100, 136, 140 and 163).
/// </summary>
public sealed class SourceMovedOnScenarioTests
{
    [Fact]
    public void A_long_forked_feature_takes_the_version_tagged_on_main_since()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("feature/forked").Commits(2)
            .Checkout("main").TaggedCommit("1.1.0").Checkout("feature/forked");
        var version = repository.Version();
        Assert.Equal("1.1.1-forked.1+2", version.FullSemVer);
        Assert.Equal("1.1.0", version.VersionSourceSemVer);
    }

    [Fact]
    public void A_branch_behind_main_takes_mains_version_with_no_commits()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").CreateBranch("feature/behind")
            .TaggedCommit("1.1.0").Checkout("feature/behind");
        var version = repository.Version();
        Assert.Equal("1.1.1-behind.1+0", version.FullSemVer);
        Assert.Equal(0, version.CommitsSinceVersionSource);
    }
}
