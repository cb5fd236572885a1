namespace Automation.Tests.Versioning;

/// <summary>GitVersion's "complex GitFlow" example (GitflowScenarios.GitflowComplexExample), step by step.</summary>
public sealed class ComplexGitFlowTests
{
    [Fact]
    public void Every_step_has_GitVersions_expected_version()
    {
        var r = new TestRepository().TaggedCommit("1.0.0", "Initial commit on main").BranchTo("develop").Commit();
        Assert.Equal("1.1.0-alpha.1", r.FullSemVer());

        r.BranchTo("feature/f1").Commit("added feature 1");
        Assert.Equal("1.1.0-f1.1+2", r.FullSemVer());
        r.Checkout("develop").MergeNoFF("feature/f1");
        Assert.Equal("1.1.0-alpha.3", r.FullSemVer());

        r.BranchTo("release/1.1.0").Commit("release stabilization");
        Assert.Equal("1.1.0-beta.1+4", r.FullSemVer());
        r.Checkout("main").MergeNoFF("release/1.1.0");
        Assert.Equal("1.1.0-5", r.FullSemVer());
        r.Tag("1.1.0");
        Assert.Equal("1.1.0", r.FullSemVer());
        r.Checkout("develop").MergeNoFF("release/1.1.0").RemoveBranch("release/1.1.0");
        Assert.Equal("1.2.0-alpha.1", r.FullSemVer());

        r.BranchTo("feature/f2").Commit("added feature 2");
        Assert.Equal("1.2.0-f2.1+2", r.FullSemVer());
        r.Checkout("develop").MergeNoFF("feature/f2");
        Assert.Equal("1.2.0-alpha.3", r.FullSemVer());

        r.BranchTo("release/1.2.0").Commit("release stabilization");
        Assert.Equal("1.2.0-beta.1+8", r.FullSemVer());
        r.Checkout("main").MergeNoFF("release/1.2.0");
        Assert.Equal("1.2.0-5", r.FullSemVer());
        r.Tag("1.2.0");
        Assert.Equal("1.2.0", r.FullSemVer());
        r.Checkout("develop").MergeNoFF("release/1.2.0");
        Assert.Equal("1.3.0-alpha.1", r.FullSemVer());

        r.Checkout("main").BranchTo("hotfix/hf").Commit("added hotfix");
        Assert.Equal("1.2.1-beta.1+1", r.FullSemVer());
        r.Checkout("main").MergeNoFF("hotfix/hf");
        Assert.Equal("1.2.1-2", r.FullSemVer());
        r.Tag("1.2.1");
        Assert.Equal("1.2.1", r.FullSemVer());
        r.Checkout("develop").MergeNoFF("hotfix/hf");
        Assert.Equal("1.3.0-alpha.2", r.FullSemVer());

        r.Checkout("feature/f2");
        Assert.Equal("1.3.0-f2.1+0", r.FullSemVer());
        r.Commit("feature 2 additional commit");
        Assert.Equal("1.3.0-f2.1+1", r.FullSemVer());
    }
}
