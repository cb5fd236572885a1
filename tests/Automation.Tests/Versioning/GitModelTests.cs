using Automation.Versioning.Git;

namespace Automation.Tests.Versioning;

/// <summary>The in-memory graph, the git output parsers and the detached-HEAD branch resolution.</summary>
public sealed class GitModelTests
{
    private static readonly Dictionary<string, string> NoEnvironment = [];

    [Fact]
    public void The_graph_answers_ancestry_merge_bases_and_counts()
    {
        var graph = CommitGraph.Create(
        [
            new("a", [], 1, "root"), new("b", ["a"], 2, "main"), new("c", ["a"], 3, "side"), new("d", ["b", "c"], 4, "merge"), new("e", ["c"], 5, "side 2"),
        ]);
        int Index(string sha) => graph.Find(sha)!.Value;
        Assert.Equal(0, Index("e"));
        Assert.True(graph.IsAncestor(Index("c"), Index("d")));
        Assert.False(graph.IsAncestor(Index("b"), Index("e")));
        Assert.Equal(Index("c"), graph.MergeBase(Index("d"), Index("e")));
        Assert.Equal(Index("a"), graph.MergeBase(Index("b"), Index("e")));
        Assert.Equal(2, graph.Range(Index("c"), Index("d")).Count);
        Assert.Equal(4, graph.Range(null, Index("d")).Count);
        Assert.True(graph.IsMerge(Index("d")));
    }

    [Fact]
    public void Log_output_is_parsed()
    {
        var commits = GitOutputParser.ParseLog("aaa\u001f\u001f100\u001fFirst line\n\nbody +semver: major\n\0\nbbb\u001faaa ccc\u001f200\u001fMerge branch 'x'\n\0");
        Assert.Equal(2, commits.Count);
        Assert.Equal(("aaa", 0, 100L), (commits[0].Sha, commits[0].Parents.Count, commits[0].When));
        Assert.Equal("First line\n\nbody +semver: major", commits[0].Message);
        Assert.Equal(["aaa", "ccc"], commits[1].Parents);
    }

    [Fact]
    public void Refs_are_peeled()
    {
        var refs = GitOutputParser.ParseRefs("commit\tc1\t\t\trefs/heads/main\ntag\tt1\tcommit\tc2\trefs/tags/v1.0.0\ntree\tt2\t\t\trefs/tags/tree\n");
        Assert.Equal([new("refs/heads/main", "c1"), new("refs/tags/v1.0.0", "c2"), new GitOutputParser.Reference("refs/tags/tree", null)], refs);
    }

    [Theory]
    [InlineData("GITHUB_HEAD_REF", "feature/x", "feature/x")]
    [InlineData("GITHUB_REF", "refs/heads/develop", "develop")]
    [InlineData("GITHUB_REF", "refs/pull/12/merge", "pull/12/merge")]
    [InlineData("BUILD_SOURCEBRANCH", "refs/heads/release/1.0", "release/1.0")]
    [InlineData("CI_COMMIT_REF_NAME", "hotfix/x", "hotfix/x")]
    [InlineData("BRANCH_NAME", "main", "main")]
    [InlineData("GIT_BRANCH", "origin/main", "main")]
    public void CI_variables_name_the_branch(string variable, string value, string expected) =>
        Assert.Equal(expected, CurrentBranchResolver.FromEnvironment(new Dictionary<string, string> { [variable] = value }));

    [Fact]
    public void GitHub_head_ref_wins_over_GitHub_ref_and_tags_are_not_branches()
    {
        Assert.Equal("feature/y", CurrentBranchResolver.FromEnvironment(new Dictionary<string, string> { ["GITHUB_REF"] = "refs/pull/3/merge", ["GITHUB_HEAD_REF"] = "feature/y" }));
        Assert.Null(CurrentBranchResolver.FromEnvironment(new Dictionary<string, string> { ["GITHUB_REF"] = "refs/tags/v1.0.0", ["GITHUB_HEAD_REF"] = string.Empty }));
        Assert.Null(CurrentBranchResolver.FromEnvironment(NoEnvironment));
    }

    [Fact]
    public void A_detached_head_with_nothing_to_go_by_is_no_branch()
    {
        var repository = new TestRepository().Commit().CreateBranch("other").Commit();
        repository.Checkout(repository.CurrentSha).CreateBranch("copy");
        repository.Checkout(repository.CurrentSha);
        var snapshot = repository.Snapshot();
        Assert.Equal(CurrentBranchResolver.NoBranch, CurrentBranchResolver.ResolveName(snapshot, null, NoEnvironment));
        Assert.Equal("x", CurrentBranchResolver.ResolveName(snapshot, "refs/heads/x", NoEnvironment));
    }
}
