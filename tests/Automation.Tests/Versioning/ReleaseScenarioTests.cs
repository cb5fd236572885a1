namespace Automation.Tests.Versioning;

/// <summary>GitVersion's release branch scenarios (ReleaseBranchScenarios).</summary>
public sealed class ReleaseScenarioTests
{
    [Theory]
    [InlineData("release-2.0.0")]
    [InlineData("releases/2.0.0")]
    [InlineData("release-2.0.0-Final")]
    public void TheVersionComesFromTheBranchName(string branch)
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commits(5).BranchTo(branch);
        Assert.Equal("2.0.0-beta.1+5", repository.FullSemVer());
        repository.Commits(2);
        Assert.Equal("2.0.0-beta.1+7", repository.FullSemVer());
    }

    [Fact]
    public void APreReleaseTagOnTheReleaseBranchBumpsItsNumber() =>
        Assert.Equal("2.0.0-beta.2+0", new TestRepository().Commits(5).BranchTo("releases/2.0.0").Tag("v2.0.0-beta.1").FullSemVer());

    [Fact]
    public void TheReleaseLabelCanBeConfigured() =>
        Assert.Equal("2.0.0-rc.1+5", new TestRepository { Yaml = "branches:\n  release:\n    label: rc\n" }.TaggedCommit("1.0.3").Commits(5).BranchTo("release-2.0.0").FullSemVer());

    [Fact]
    public void NextVersionOnAReleaseBranch() =>
        Assert.Equal("2.0.0-beta.1+5", new TestRepository { Yaml = "next-version: 2.0.0" }.Commits(5).BranchTo("release-2.0.0").FullSemVer());

    [Fact]
    public void MergingBackToDevelopDoesNotResetTheBeta()
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
    public void TheHighestReleaseMergedIntoDevelopWins()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").CreateBranch("develop").Commit()
            .BranchTo("release-2.0.0").Commits(4).Checkout("develop").MergeNoFF("release-2.0.0")
            .BranchTo("release-1.0.0").Commits(4).Checkout("develop").MergeNoFF("release-1.0.0");
        Assert.Equal("2.1.0-alpha.11", repository.FullSemVer());
    }

    [Fact]
    public void TheBranchNameWinsOverABumpMessageBeforeIt() =>
        Assert.Equal("2.0.0-beta.1+3", new TestRepository().TaggedCommit("1.0.0").Commit("+semver:major").Commit().BranchTo("release/2.0.0").Commit().FullSemVer());

    [Theory]
    [InlineData("release/1.2.0", "Strict", "1.2.0-beta.1+1")]
    [InlineData("release/1.2", "Loose", "1.2.0-beta.1+1")]
    [InlineData("release/1", "Loose", "1.0.0-beta.1+1")]
    public void TheVersionFormatDecidesWhatABranchNameMayHold(string branch, string format, string expected) =>
        Assert.Equal(expected, new TestRepository(branch) { Yaml = $"semantic-version-format: {format}" }.Commit().FullSemVer());

    [Fact]
    public void AFeatureMergedIntoAReleaseKeepsCounting()
    {
        var repository = new TestRepository().Commit("initial").BranchTo("develop").BranchTo("release-2.0.0");
        Assert.Equal("2.0.0-beta.1+1", repository.FullSemVer());
        repository.Commits(10).BranchTo("feature/xxx").Commits(2).Checkout("release-2.0.0").Commit().Checkout("feature/xxx").Commit().Checkout("release-2.0.0").MergeNoFF("feature/xxx");
        Assert.Equal("2.0.0-beta.1+16", repository.FullSemVer());
    }

    [Fact]
    public void TheWeightedPreReleaseNumberAddsTheBranchWeight() =>
        Assert.Equal(30001, new TestRepository().TaggedCommit("1.0.3").Commits(5).BranchTo("release-2.0.0").Version().WeightedPreReleaseNumber);
}
