namespace Automation.Tests.Versioning;

/// <summary>GitVersion's feature branch scenarios (FeatureBranchScenarios).</summary>
public sealed class FeatureScenarioTests
{
    [Fact]
    public void A_feature_off_main_inherits_the_patch_increment() =>
        Assert.Equal("1.0.1-JIRA-123.1+5", new TestRepository().TaggedCommit("1.0.0").BranchTo("feature/JIRA-123").Commits(5).FullSemVer());

    [Fact]
    public void A_feature_off_develop_inherits_the_minor_increment() =>
        Assert.Equal("1.1.0-JIRA-123.1+5", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").BranchTo("feature/JIRA-123").Commits(5).FullSemVer());

    [Theory]
    [InlineData("feature-test")]
    [InlineData("features/test")]
    public void The_label_is_the_branch_name(string branch) =>
        Assert.Equal("1.0.1-test.1+5", new TestRepository().TaggedCommit("1.0.0").BranchTo(branch).Commits(5).FullSemVer());

    [Fact]
    public void A_weirdly_named_develop_is_still_develop()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0").BranchTo("development").BranchTo("feature/JIRA-123").Commit()
            .Checkout("development").MergeNoFF("feature/JIRA-123").BranchTo("feature/JIRA-124").Commit();
        Assert.Equal("1.1.0-JIRA-124.1+3", repository.FullSemVer());
    }

    [Fact]
    public void Two_features_at_the_same_commit() =>
        Assert.Equal("0.1.0-feature2.1+2", new TestRepository().Commit().BranchTo("develop").BranchTo("feature/feature1").Commit().BranchTo("feature/feature2").FullSemVer());

    [Fact]
    public void A_feature_created_after_a_release_branch_sees_its_version()
    {
        var repository = new TestRepository().Commit().BranchTo("develop").Commit().BranchTo("release/1.0.0").Commit().Checkout("develop").Commit();
        Assert.Equal("1.1.0-alpha.1", repository.FullSemVer());
        Assert.Equal("1.1.0-test.1+1", repository.BranchTo("feature/test").FullSemVer());
    }

    [Fact]
    public void A_misnamed_branch_uses_the_unknown_configuration()
    {
        var repository = new TestRepository().Commit().BranchTo("develop").Commit().BranchTo("release/1.0.0").Commit().Checkout("develop").MergeNoFF("release/1.0.0");
        Assert.Equal("1.1.0-alpha.2", repository.FullSemVer());
        Assert.Equal("1.1.0-misnamed.1+2", repository.BranchTo("misnamed").FullSemVer());
    }

    [Theory]
    [InlineData("alpha", "JIRA-123", @"^features?[/-](?<BranchName>.+)", "alpha")]
    [InlineData("alpha.{BranchName}", "JIRA-123", @"^features?[/-](?<BranchName>.+)", "alpha.JIRA-123")]
    [InlineData("{BranchName}-of-task-number-{TaskNumber}", "4711_this-is-a-feature", @"^features?[/-](?<TaskNumber>\d+)_(?<BranchName>.+)", "this-is-a-feature-of-task-number-4711")]
    public void The_label_can_use_regex_groups(string label, string name, string regex, string expected)
    {
        var repository = new TestRepository { Yaml = $"branches:\n  feature:\n    label: '{label}'\n    regex: '{regex}'\n" }
            .TaggedCommit("1.0.0").BranchTo($"feature/{name}").Commits(5);
        Assert.Equal($"1.0.1-{expected}.1+5", repository.FullSemVer());
    }

    [Fact]
    public void Characters_outside_the_label_alphabet_become_dashes() =>
        Assert.Equal("1.0.1-my-feature.1+1", new TestRepository().TaggedCommit("1.0.0").BranchTo("feature/my_feature").Commit().FullSemVer());
}
