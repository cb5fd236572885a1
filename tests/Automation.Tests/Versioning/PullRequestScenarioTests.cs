namespace Automation.Tests.Versioning;

/// <summary>GitVersion's pull request scenarios (PullRequestScenarios): the label is <c>PullRequest{Number}</c>.</summary>
public sealed class PullRequestScenarioTests
{
    [Fact]
    public void A_pull_request_into_main() =>
        Assert.Equal("0.1.1-PullRequest2.2", new TestRepository().TaggedCommit("0.1.0").BranchTo("feature/Foo").Commit()
            .Checkout("main").BranchTo("pull/2/merge").MergeNoFF("feature/Foo").FullSemVer());

    [Fact]
    public void A_pull_request_into_develop_inherits_its_increment() =>
        Assert.Equal("0.2.0-PullRequest44.3", new TestRepository().TaggedCommit("0.1.0").BranchTo("develop").Commit().BranchTo("feature/Foo").Commit()
            .Checkout("develop").BranchTo("pull/44/merge").MergeNoFF("feature/Foo").FullSemVer());

    [Fact]
    public void A_pull_request_of_a_release_branch() =>
        Assert.Equal("2.0.0-PullRequest2.4", new TestRepository().TaggedCommit("1.0.0").Commit("one").BranchTo("release/2.0.0").Commit("two").Commit("three")
            .Checkout("main").BranchTo("pull/2/merge").MergeNoFF("release/2.0.0").FullSemVer());

    [Fact]
    public void A_detached_pull_request_merge_is_named_from_GitHub_Actions()
    {
        var repository = new TestRepository().TaggedCommit("0.1.0").BranchTo("feature/Foo").Commit().Checkout("main").BranchTo("pr-build").MergeNoFF("feature/Foo");
        repository.Checkout(repository.CurrentSha).RemoveBranch("pr-build");
        repository.Environment = new Dictionary<string, string> { ["GITHUB_REF"] = "refs/pull/7/merge" };
        var version = repository.Version();
        Assert.Equal("0.1.1-PullRequest7.2", version.FullSemVer);
        Assert.Equal("pull/7/merge", version.BranchName);
    }

    [Fact]
    public void GitHubFlow_main_keeps_its_own_increment_after_a_merged_feature()
    {
        var repository = new TestRepository { Yaml = "workflow: GitHubFlow/v1\nbranches:\n  main:\n    increment: Major\n  feature:\n    increment: Minor\n" }.Commit("A");
        Assert.Equal("1.0.0-1", repository.FullSemVer());
        repository.Tag("1.0.0").BranchTo("feature/foo").Commit("B");
        Assert.Equal("1.1.0-foo.1+1", repository.FullSemVer());
        repository.Checkout("main").BranchTo("pull/2/merge").MergeNoFF("feature/foo");
        Assert.Equal("2.0.0-PullRequest2.2", repository.FullSemVer());
        // GitVersion 6.8.2 (PullRequestScenarios.EnsurePullRequestWithIncrementMajorOnMainAndMinorOnFeatureBranch):
        // the merged feature does not bring its Minor; main bumps its own Major.
        repository.Checkout("main").RemoveBranch("pull/2/merge").MergeNoFF("feature/foo");
        Assert.Equal("2.0.0-2", repository.FullSemVer());
    }
}
