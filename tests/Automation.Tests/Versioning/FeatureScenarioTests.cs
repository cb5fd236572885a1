namespace Automation.Tests.Versioning;

/// <summary>GitVersion's feature branch scenarios (FeatureBranchScenarios).</summary>
public sealed class FeatureScenarioTests
{
    [Fact]
    public void AFeatureOffMainInheritsThePatchIncrement() =>
        Assert.Equal("1.0.1-JIRA-123.1+5", new TestRepository().TaggedCommit("1.0.0").BranchTo("feature/JIRA-123").Commits(5).FullSemVer());

    [Fact]
    public void AFeatureOffDevelopInheritsTheMinorIncrement() =>
        Assert.Equal("1.1.0-JIRA-123.1+5", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").BranchTo("feature/JIRA-123").Commits(5).FullSemVer());

    [Theory]
    [InlineData("feature-test")]
    [InlineData("features/test")]
    public void TheLabelIsTheBranchName(string branch) =>
        Assert.Equal("1.0.1-test.1+5", new TestRepository().TaggedCommit("1.0.0").BranchTo(branch).Commits(5).FullSemVer());

    [Fact]
    public void AWeirdlyNamedDevelopIsStillDevelop()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("development").BranchTo("feature/JIRA-123").Commit()
            .Checkout("development").MergeNoFF("feature/JIRA-123").BranchTo("feature/JIRA-124").Commit();
        Assert.Equal("1.1.0-JIRA-124.1+3", repository.FullSemVer());
    }

    [Fact]
    public void TwoFeaturesAtTheSameCommit() =>
        Assert.Equal("0.1.0-feature2.1+2", new TestRepository().Commit().BranchTo("develop").BranchTo("feature/feature1").Commit().BranchTo("feature/feature2").FullSemVer());

    [Fact]
    public void AFeatureCreatedAfterAReleaseBranchSeesItsVersion()
    {
        var repository = new TestRepository().Commit().BranchTo("develop").Commit().BranchTo("release/1.0.0").Commit().Checkout("develop").Commit();
        Assert.Equal("1.1.0-alpha.1", repository.FullSemVer());
        Assert.Equal("1.1.0-test.1+1", repository.BranchTo("feature/test").FullSemVer());
    }

    [Fact]
    public void AMisnamedBranchUsesTheUnknownConfiguration()
    {
        var repository = new TestRepository().Commit().BranchTo("develop").Commit().BranchTo("release/1.0.0").Commit().Checkout("develop").MergeNoFF("release/1.0.0");
        Assert.Equal("1.1.0-alpha.2", repository.FullSemVer());
        Assert.Equal("1.1.0-misnamed.1+2", repository.BranchTo("misnamed").FullSemVer());
    }

    [Theory]
    [InlineData("alpha", "JIRA-123", @"^features?[/-](?<BranchName>.+)", "alpha")]
    [InlineData("alpha.{BranchName}", "JIRA-123", @"^features?[/-](?<BranchName>.+)", "alpha.JIRA-123")]
    [InlineData("{BranchName}-of-task-number-{TaskNumber}", "4711_this-is-a-feature", @"^features?[/-](?<TaskNumber>\d+)_(?<BranchName>.+)", "this-is-a-feature-of-task-number-4711")]
    public void TheLabelCanUseRegexGroups(string label, string name, string regex, string expected)
    {
        var repository = new TestRepository { Yaml = $"branches:\n  feature:\n    label: '{label}'\n    regex: '{regex}'\n" }
            .TaggedCommit("1.0.0").BranchTo($"feature/{name}").Commits(5);
        Assert.Equal($"1.0.1-{expected}.1+5", repository.FullSemVer());
    }

    [Fact]
    public void CharactersOutsideTheLabelAlphabetBecomeDashes() =>
        Assert.Equal("1.0.1-my-feature.1+1", new TestRepository().TaggedCommit("1.0.0").BranchTo("feature/my_feature").Commit().FullSemVer());
}
