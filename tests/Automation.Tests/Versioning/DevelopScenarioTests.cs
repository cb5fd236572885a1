namespace Automation.Tests.Versioning;

/// <summary>GitVersion's develop scenarios (DevelopScenarios).</summary>
public sealed class DevelopScenarioTests
{
    [Fact]
    public void DevelopBranchedFromATagBumpsTheMinor() =>
        Assert.Equal("1.1.0-alpha.1", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit().FullSemVer());

    [Fact]
    public void DevelopAtTheTaggedCommitIsAlphaZero() =>
        Assert.Equal("1.1.0-alpha.0", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").FullSemVer());

    [Fact]
    public void ADeveloperBranchIsNotDevelop() =>
        Assert.Equal("1.0.1-developer.1+1", new TestRepository().TaggedCommit("1.0.0").BranchTo("developer").Commit().FullSemVer());

    [Fact]
    public void DevelopInheritsTheVersionOfAReleaseBranch()
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
    public void AFeatureOfAReleaseBranchTakesTheReleaseVersion()
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
    public void ATagOnAHotfixDoesNotAffectDevelop()
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
    public void TheCountDoesNotGoDownWhenAReleaseIsFinished()
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
    public void APreReleaseTagOnDevelopIsCountedOn() =>
        Assert.Equal("1.0.0-alpha.5", new TestRepository().Commit().BranchTo("develop").TaggedCommit("1.0.0-alpha.3").Commits(2).FullSemVer());

    [Fact]
    public void NextVersionIsUsedOnDevelop()
    {
        var repository = new TestRepository("develop").Commit();
        Assert.Equal("0.1.0-alpha.1", repository.FullSemVer());
        repository.Yaml = "next-version: 1.0.0";
        Assert.Equal("1.0.0-alpha.1", repository.FullSemVer());
    }

    [Fact]
    public void VersionsOnDevelopDoNotGoDown()
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
