namespace Automation.Tests.Versioning;

/// <summary>
/// GitVersion 6.8.2's <c>MainlineDevelopmentScenarios</c> (GitVersion.Core.Tests/IntegrationTests), replayed by name:
/// GitFlow with only the Mainline strategy, main released on every commit (ContinuousDeployment, Patch), develop and
/// feature branches bumping the minor and hotfix branches the patch (ContinuousDelivery), all created from main. The
/// same configuration is written as a <c>GitVersion.yml</c> here, so reading it is tested too.
/// </summary>
public sealed class MainlineDevelopmentScenarioTests
{
    /// <summary>The scenarios' configuration; the feature increment is Minor, or Patch where the scenario says so.</summary>
    private static TestRepository New(string featureIncrement = "Minor") => new()
    {
        Yaml = $$"""
            workflow: GitFlow/v1
            strategies: [Mainline]
            branches:
              main: { is-main-branch: true, increment: Patch, mode: ContinuousDeployment, source-branches: [] }
              develop: { is-main-branch: false, increment: Minor, mode: ContinuousDelivery, source-branches: [main] }
              feature: { is-main-branch: false, increment: {{featureIncrement}}, mode: ContinuousDelivery, source-branches: [main] }
              hotfix: { is-main-branch: false, increment: Patch, mode: ContinuousDelivery, regex: '^hotfix[\/-](?<BranchName>.+)', label: '{BranchName}', source-branches: [main] }
              pull-request: { is-main-branch: false, increment: Inherit, mode: ContinuousDelivery, source-branches: [main] }

            """,
    };

    [Fact]
    public void MergedFeatureBranchesToMainImpliesRelease()
    {
        var repository = New("Patch").Commit("1").TaggedCommit("1.0.0");
        repository.BranchTo("feature/foo").Commit("2");
        Assert.Equal("1.0.1-foo.1", repository.FullSemVer());
        repository.Commit("2.1");
        Assert.Equal("1.0.1-foo.2", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("feature/foo");
        Assert.Equal("1.0.1", repository.FullSemVer());

        repository.BranchTo("feature/foo2").Commit("3 +semver: minor");
        Assert.Equal("1.1.0-foo2.1", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("feature/foo2");
        Assert.Equal("1.1.0", repository.FullSemVer());

        // The bump message in the merge commit's own message.
        repository.BranchTo("feature/foo3").Commit("4").Checkout("main").MergeNoFF("feature/foo3", " +semver: minor");
        Assert.Equal("1.2.0", repository.FullSemVer());

        repository.BranchTo("feature/foo4").Commit("5 +semver: major");
        Assert.Equal("2.0.0-foo4.1", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("feature/foo4");
        Assert.Equal("2.0.0", repository.FullSemVer());

        // Direct commits on main count one by one.
        Assert.Equal("3.0.0", repository.Commit("6 +semver: major").FullSemVer());
        Assert.Equal("3.1.0", repository.Commit("7 +semver: minor").FullSemVer());
        Assert.Equal("3.1.1", repository.Commit("8").FullSemVer());

        repository.BranchTo("feature/foo5").Commit("9 +semver: minor");
        Assert.Equal("3.2.0-foo5.1", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("feature/foo5");
        Assert.Equal("3.2.0", repository.FullSemVer());
        Assert.Equal("3.3.0", repository.Commit("10 +semver: minor").FullSemVer());
        Assert.Equal("3.3.1", repository.Commit("11 +semver: none").FullSemVer());
    }

    [Fact]
    public void VerifyForwardMerge()
    {
        var repository = New("Patch").Commit("1").TaggedCommit("1.0.0").Commit();
        repository.BranchTo("feature/foo").Commit();
        Assert.Equal("1.0.2-foo.1", repository.FullSemVer());
        Assert.Equal("1.0.2-foo.2", repository.Commit().FullSemVer());
        Assert.Equal("1.0.2", repository.Checkout("main").Commit().FullSemVer());

        // The feature does not follow main until main is merged into it.
        Assert.Equal("1.0.2-foo.2", repository.Checkout("feature/foo").FullSemVer());
        Assert.Equal("1.0.3-foo.3", repository.MergeNoFF("main").FullSemVer());
    }

    [Fact]
    public void VerifyDevelopTracksMainVersion()
    {
        var repository = New().Commit("1").TaggedCommit("1.0.0").Commit();
        Assert.Equal("1.1.0-alpha.0", repository.BranchTo("develop").FullSemVer());
        Assert.Equal("1.1.0-alpha.1", repository.Commit().FullSemVer());
        Assert.Equal("1.1.0", repository.Checkout("main").MergeNoFF("develop").FullSemVer());
        Assert.Equal("1.1.0-alpha.1", repository.Checkout("develop").FullSemVer());
        Assert.Equal("1.1.0-alpha.2", repository.Commit().FullSemVer());
        Assert.Equal("1.1.1", repository.Checkout("main").Commit().FullSemVer());
        Assert.Equal("1.1.0-alpha.2", repository.Checkout("develop").FullSemVer());
    }

    [Fact]
    public void VerifyDevelopFeatureTracksMainVersion()
    {
        var repository = New().Commit("1").TaggedCommit("1.0.0").Commit();
        Assert.Equal("1.1.0-alpha.0", repository.BranchTo("develop").FullSemVer());
        Assert.Equal("1.1.0-alpha.1", repository.Commit().FullSemVer());
        Assert.Equal("1.1.0", repository.Checkout("main").MergeNoFF("develop").FullSemVer());
        Assert.Equal("1.1.0-alpha.1", repository.Checkout("develop").FullSemVer());
        Assert.Equal("1.1.0-foo.1", repository.BranchTo("feature/foo").FullSemVer());
        Assert.Equal("1.1.0-foo.2", repository.Commit().FullSemVer());
        Assert.Equal("1.1.1", repository.Checkout("main").Commit().FullSemVer());
        Assert.Equal("1.1.0-foo.2", repository.Checkout("feature/foo").FullSemVer());
        Assert.Equal("1.1.0-alpha.3", repository.Checkout("develop").MergeNoFF("feature/foo").FullSemVer());
    }

    [Fact]
    public void VerifyMergingMainToFeatureDoesNotCauseBranchCommitsToIncrementVersion()
    {
        var repository = New("Patch").Commit("first in main").BranchTo("feature/foo").Commit("first in foo")
            .Checkout("main").Commit("second in main")
            .Checkout("feature/foo").MergeNoFF("main").Commit("second in foo")
            .Checkout("main").TaggedCommit("1.0.0").MergeNoFF("feature/foo");
        Assert.Equal("1.0.1", repository.FullSemVer());
    }

    [Fact]
    public void VerifyMergingMainToFeatureDoesNotStopMainCommitsIncrementingVersion()
    {
        var repository = New("Patch").Commit("first in main").BranchTo("feature/foo").Commit("first in foo")
            .Checkout("main").TaggedCommit("1.0.0").Commit("third in main")
            .Checkout("feature/foo").MergeNoFF("main").Commit("second in foo")
            .Checkout("main").MergeNoFF("feature/foo");
        Assert.Equal("1.0.2", repository.FullSemVer());
    }

    [Fact]
    public void VerifyIssue1154CanForwardMergeMainToFeatureBranch()
    {
        var repository = New("Patch").Commit();
        Assert.Equal("0.0.1", repository.FullSemVer());
        repository.BranchTo("feature/branch2").BranchTo("feature/branch1").Commit().Commit();
        Assert.Equal("0.0.2", repository.Checkout("main").MergeNoFF("feature/branch1").FullSemVer());
        repository.Checkout("feature/branch2").Commit().Commit().Commit().MergeNoFF("main");
        Assert.Equal("0.0.3-branch2.4", repository.FullSemVer());
    }

    [Fact]
    public void VerifyMergingMainIntoAFeatureBranchWorksWithMultipleBranches()
    {
        var repository = New("Patch").Commit("first in main")
            .BranchTo("feature/foo").Commit("first in foo")
            .BranchTo("feature/bar").Commit("first in bar")
            .Checkout("main").Commit("second in main")
            .Checkout("feature/foo").MergeNoFF("main").Commit("second in foo")
            .Checkout("feature/bar").MergeNoFF("main").Commit("second in bar")
            .Checkout("main").TaggedCommit("1.0.0")
            .MergeNoFF("feature/foo").MergeNoFF("feature/bar");
        Assert.Equal("1.0.2", repository.FullSemVer());
    }

    [Fact]
    public void VerifyPullRequestsActLikeContinuousDeliveryOnFeatureBranch()
    {
        var repository = New().Commit("1");
        Assert.Equal("0.0.1", repository.FullSemVer());
        repository.TaggedCommit("1.0.0").Commit("2");
        Assert.Equal("1.0.1", repository.FullSemVer());
        Assert.Equal("1.1.0-foo.0", repository.BranchTo("feature/foo").FullSemVer());
        repository.Commit("3").Commit("4");

        // GitVersion's pull request ref, normalised into a local branch at the merge of the feature into main.
        repository.Checkout("main").BranchTo("pull/8/merge").MergeNoFF("feature/foo");
        Assert.Equal("1.1.0-PullRequest8.3", repository.FullSemVer());
    }

    [Fact]
    public void VerifyPullRequestsActLikeContinuousDeliveryOnHotfixBranch()
    {
        var repository = New().Commit("1");
        Assert.Equal("0.0.1", repository.FullSemVer());
        repository.TaggedCommit("1.0.0").Commit("2");
        Assert.Equal("1.0.1", repository.FullSemVer());
        Assert.Equal("1.0.2-foo.0", repository.BranchTo("hotfix/foo").FullSemVer());
        repository.Commit("3").Commit("4");
        repository.Checkout("main").BranchTo("pull/8/merge").MergeNoFF("hotfix/foo");
        Assert.Equal("1.0.2-PullRequest8.3", repository.FullSemVer());
    }

    [Fact]
    public void MergingFeatureBranchThatIncrementsMinorNumberIncrementsMinorVersionOfMain()
    {
        var repository = New().Commit("first in main").TaggedCommit("1.0.0");
        Assert.Equal("1.0.0", repository.FullSemVer());
        repository.BranchTo("feature/foo").Commit("first in foo").Commit("second in foo");
        Assert.Equal("1.1.0-foo.2", repository.FullSemVer());
        Assert.Equal("1.1.0", repository.Checkout("main").MergeNoFF("feature/foo").FullSemVer());
    }

    [Fact]
    public void VerifyIncrementConfigIsHonoured()
    {
        // GitFlow's defaults with only the Mainline strategy; main and feature increment nothing of their own.
        const string NoIncrement = """
            workflow: GitFlow/v1
            strategies: [Mainline]
            branches:
              main: { mode: ContinuousDeployment, increment: None }
              feature: { mode: ContinuousDelivery, increment: None }

            """;
        var repository = new TestRepository { Yaml = NoIncrement }.Commit("1").TaggedCommit("1.0.0");
        repository.BranchTo("feature/foo").Commit("2 +semver: minor");
        Assert.Equal("1.1.0-foo.1", repository.FullSemVer());
        Assert.Equal("1.1.0-foo.2", repository.Commit("2.1").FullSemVer());
        Assert.Equal("1.1.0", repository.Checkout("main").MergeNoFF("feature/foo").FullSemVer());

        repository.BranchTo("feature/foo2").Commit("3 +semver: patch");
        Assert.Equal("1.1.1-foo2.1", repository.FullSemVer());
        Assert.Equal("1.1.1", repository.Checkout("main").MergeNoFF("feature/foo2").FullSemVer());

        // The bump message in the merge commit's own message.
        repository.BranchTo("feature/foo3").Commit("4").Checkout("main").MergeNoFF("feature/foo3", " +semver: patch");
        Assert.Equal("1.1.2", repository.FullSemVer());

        repository.BranchTo("feature/foo4").Commit("5 +semver: major");
        Assert.Equal("2.0.0-foo4.1", repository.FullSemVer());
        repository.Checkout("main").MergeNoFF("feature/foo4");
        repository.Yaml = New().Yaml;
        Assert.Equal("2.0.0", repository.FullSemVer());
        repository.Yaml = NoIncrement;

        // Direct commits on main count one by one; +semver: none bumps nothing when the branch increments nothing.
        Assert.Equal("3.0.0", repository.Commit("6 +semver: major").FullSemVer());
        Assert.Equal("3.1.0", repository.Commit("7 +semver: minor").FullSemVer());
        Assert.Equal("3.1.1", repository.Commit("8 +semver: patch").FullSemVer());
        repository.BranchTo("feature/foo5").Commit("9 +semver: patch");
        Assert.Equal("3.1.2-foo5.1", repository.FullSemVer());
        Assert.Equal("3.1.2", repository.Checkout("main").MergeNoFF("feature/foo5").FullSemVer());
        Assert.Equal("3.1.3", repository.Commit("10 +semver: patch").FullSemVer());
        Assert.Equal("3.1.3", repository.Commit("11 +semver: none").FullSemVer());
    }

    [Fact]
    public void BranchWithoutMergeBaseMainlineBranchIsFound()
    {
        var repository = New();
        repository.Yaml += "  unknown: { mode: ContinuousDelivery }\n";
        repository.Commit();
        Assert.Equal("0.0.1", repository.FullSemVer());

        // main renamed to master: the same configuration (^master$|^main$) and no other branch.
        repository.BranchTo("master").RemoveBranch("main");
        Assert.Equal("0.0.1", repository.FullSemVer());
        Assert.Equal("0.0.3", repository.Commits(2).FullSemVer());
        repository.BranchTo("issue-branch").Commit();
        Assert.Equal("0.0.4-issue-branch.1", repository.FullSemVer());
    }

    [Fact]
    public void GivenARemoteGitRepositoryWithCommitsThenClonedLocalDevelopShouldMatchRemoteVersion()
    {
        // GitVersion's remote fixture makes five commits on main; develop is created at the last one.
        var remote = New().Commits(5);
        Assert.Equal("0.0.5", remote.FullSemVer());
        Assert.Equal("0.1.0-alpha.0", remote.BranchTo("develop").FullSemVer());

        // Its clone: develop checked out (the remote's HEAD) and both branches as origin's remote-tracking branches.
        var clone = New().Commits(5).CreateRemoteBranch("origin", "main").CreateRemoteBranch("origin", "develop").BranchTo("develop").RemoveBranch("main");
        Assert.Equal("0.1.0-alpha.0", clone.FullSemVer());
    }

    [Theory]
    [InlineData("feat!: Break stuff +semver: none")]
    [InlineData("feat: Add stuff +semver: none")]
    [InlineData("fix: Fix stuff +semver: none")]
    public void NoBumpMessageTakesPrecedenceOverBumpMessage(string commitMessage)
    {
        // Conventional-commit bump messages, as GitVersion's documentation gives them.
        var repository = New();
        repository.Yaml = repository.Yaml!.Replace("strategies: [Mainline]\n", """
            strategies: [Mainline]
            major-version-bump-message: '^(build|chore|ci|docs|feat|fix|perf|refactor|revert|style|test)(\([\w\s-]*\))?(!:|:.*\n\n((.+\n)+\n)?BREAKING CHANGE:\s.+)'
            minor-version-bump-message: '^(feat)(\([\w\s-]*\))?:'
            patch-version-bump-message: '^(build|chore|ci|docs|fix|perf|refactor|revert|style|test)(\([\w\s-]*\))?:'

            """, StringComparison.Ordinal);
        repository.TaggedCommit("1.0.0").Commit(commitMessage);
        Assert.Equal("1.0.1", repository.FullSemVer());
    }
}
