namespace Automation.Tests.Versioning;

/// <summary>
/// A detached HEAD inside the one branch that contains it: GitVersion 6.8.2 versions HEAD's commit on that branch taken
/// at its own tip, so source branches and merge bases are those of the branch's tip, not of HEAD. Both histories are
/// seeds of the differential harness that differed before ours did the same (tests/Automation.Differential).
/// </summary>
public sealed class DetachedHeadScenarioTests
{
    [Fact]
    public void A_detached_HEAD_behind_a_feature_that_merged_main_takes_main_as_its_source_as_GitVersion_does()
    {
        // Seed 757 (GitFlow): release-2.4.0 is created where main was when the feature left it, and merged into main
        // later. Taken at HEAD, the feature would share its merge base with the release branch's tip and take 2.4.0
        // from the release branch; taken at its tip (after merging main) its source is main, whose tag gives 2.3.2.
        var repository = new TestRepository { Yaml = "workflow: GitFlow/v1\ncommit-message-incrementing: Disabled\n" };
        repository.TaggedCommit("v2.3.1", "initial").Commit("change 1").Commit("change 2 +semver: patch").Commit("change 3");
        repository.CreateBranch("release-2.4.0").BranchTo("feature/2.0-redesign").Commit("change 6").Commit("change 7").Commit("change 8");
        var head = repository.CurrentSha;
        repository.Checkout("main").Commit("change 9 +semver: major").Commits(3).Commit("change 13 +semver: feature").Commits(4);
        repository.Checkout("feature/2.0-redesign").MergeNoFF("main");
        repository.Checkout("main").MergeNoFF("release-2.4.0");

        var version = repository.Checkout(head).Version();

        Assert.Equal("feature/2.0-redesign", version.BranchName);
        Assert.Equal("2.3.2-2-0-redesign.1+6", version.FullSemVer);
    }

    [Fact]
    public void A_detached_HEAD_behind_a_trunk_based_feature_counts_as_GitVersion_does()
    {
        // Seed 285 (TrunkBased/preview1): HEAD is the feature's first merge of main, one commit behind its tip.
        var repository = new TestRepository { Yaml = "workflow: TrunkBased/preview1\n" };
        repository.Commit("initial").Commit("change 1").CreateBranch("hotfix/1.3.1");
        repository.BranchTo("feature/ui-2").Commit("change 3").Commit("change 4").Commit("change 5").MergeNoFF("main");
        var head = repository.CurrentSha;
        repository.Checkout("main").Commit("change 7").Checkout("feature/ui-2").MergeNoFF("main");

        Assert.Equal("0.1.0-ui-2.6", repository.Checkout(head).FullSemVer());
    }
}
