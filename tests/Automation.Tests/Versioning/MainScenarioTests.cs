namespace Automation.Tests.Versioning;

/// <summary>GitVersion's main-branch scenarios (MainScenarios), with the FullSemVer its own tests expect.</summary>
public sealed class MainScenarioTests
{
    [Fact]
    public void CommitsWithoutTagsGiveZeroZeroOne() =>
        Assert.Equal("0.0.1-3", new TestRepository().Commits(3).FullSemVer());

    [Fact]
    public void TagsThatAreNotVersionsAreIgnored() =>
        Assert.Equal("0.0.1-3", new TestRepository().Commit().Tag("BadTag").Commits(2).FullSemVer());

    [Fact]
    public void CommitsAfterATagBumpThePatch() =>
        Assert.Equal("1.0.4-5", new TestRepository().TaggedCommit("1.0.3").Commits(5).FullSemVer());

    [Fact]
    public void ATaggedHeadIsTheTag() =>
        Assert.Equal("1.0.3", new TestRepository().TaggedCommit("1.0.3").FullSemVer());

    [Fact]
    public void TheDefaultTagPrefixAcceptsV() =>
        Assert.Equal("1.0.4-5", new TestRepository().TaggedCommit("v1.0.3").Commits(5).FullSemVer());

    [Fact]
    public void ACustomTagPrefixIsARegularExpression()
    {
        var repository = new TestRepository { Yaml = "tag-prefix: 'version-|[vV]?'" }.TaggedCommit("v1.0.3").Commits(5);
        Assert.Equal("1.0.4-5", repository.FullSemVer());
        repository.TaggedCommit("version-1.0.5").Commits(5);
        Assert.Equal("1.0.6-5", repository.FullSemVer());
    }

    [Fact]
    public void NextVersionRaisesTheVersion() =>
        Assert.Equal("1.1.0-5", new TestRepository { Yaml = "next-version: 1.1.0" }.TaggedCommit("1.0.3").Commits(5).FullSemVer());

    [Fact]
    public void AnOlderNextVersionIsIgnored() =>
        Assert.Equal("1.1.1-5", new TestRepository { Yaml = "next-version: 1.0.0" }.TaggedCommit("1.1.0").Commits(5).FullSemVer());

    [Fact]
    public void ATaggedHeadWinsOverNextVersion() =>
        Assert.Equal("1.0.3", new TestRepository { Yaml = "next-version: 1.1.0" }.TaggedCommit("1.0.3").FullSemVer());

    [Theory]
    [InlineData("ManualDeployment", "1.0.1-1+2")]
    [InlineData("ContinuousDelivery", "1.0.1-2")]
    [InlineData("ContinuousDeployment", "1.0.1")]
    public void TheDeploymentModeShapesTheVersion(string mode, string expected) =>
        Assert.Equal(expected, new TestRepository { Yaml = $"branches:\n  main:\n    mode: {mode}\n" }.TaggedCommit("1.0.0").Commits(2).FullSemVer());

    [Fact]
    public void ALabelOnMainWithContinuousDelivery() =>
        Assert.Equal("1.0.1-ci.2", new TestRepository { Yaml = "branches:\n  main:\n    label: ci\n" }.TaggedCommit("1.0.0").Commits(2).FullSemVer());

    [Fact]
    public void AMergedReleaseBranchGivesItsVersion()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commit().BranchTo("release-2.0.0").Commits(4).Checkout("main").MergeNoFF("release-2.0.0");
        Assert.Equal("2.0.0-6", repository.FullSemVer());
        repository.RemoveBranch("release-2.0.0");
        Assert.Equal("2.0.0-6", repository.FullSemVer());
        repository.Tag("2.0.0").Commit();
        Assert.Equal("2.0.1-1", repository.FullSemVer());
    }

    [Fact]
    public void TheHighestMergedReleaseWins()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commit()
            .BranchTo("release-2.0.0").Commits(4).Checkout("main").MergeNoFF("release-2.0.0")
            .BranchTo("release-1.0.0").Commits(4).Checkout("main").MergeNoFF("release-1.0.0");
        Assert.Equal("2.0.0-11", repository.FullSemVer());
    }

    [Theory]
    [InlineData(true, "1.1.0-4")]
    [InlineData(false, "1.0.1-4")]
    public void TrackMergeMessageDecidesWhetherAMergedReleaseCounts(bool track, string expected)
    {
        var repository = new TestRepository { Yaml = $"branches:\n  main:\n    track-merge-message: {track.ToString().ToLowerInvariant()}\n" }
            .TaggedCommit("1.0.0").BranchTo("release/1.1.0").Commits(2);
        Assert.Equal("1.1.0-beta.1+2", repository.FullSemVer());
        repository.Checkout("main").Commit();
        Assert.Equal("1.0.1-1", repository.FullSemVer());
        repository.MergeNoFF("release/1.1.0");
        Assert.Equal(expected, repository.FullSemVer());
    }
}
