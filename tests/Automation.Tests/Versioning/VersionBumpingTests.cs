namespace Automation.Tests.Versioning;

/// <summary><c>+semver:</c> messages (VersionBumpingScenarios) and the configurable bump patterns.</summary>
public sealed class VersionBumpingTests
{
    [Fact]
    public void MessagesBumpTheVersion()
    {
        var repository = new TestRepository().Commit().TaggedCommit("1.0.0").Commit("+semver:minor");
        Assert.Equal("1.1.0-1", repository.FullSemVer());
        repository.Commit("+semver: breaking");
        Assert.Equal("2.0.0-2", repository.FullSemVer());
    }

    [Fact]
    public void ATagResetsTheBump() =>
        Assert.Equal("2.0.1-1", new TestRepository().Commit().TaggedCommit("1.0.0").Commit("+semver:minor").Tag("2.0.0").Commit("Hello").FullSemVer());

    [Fact]
    public void APreReleaseTagOfTheLabelIsCountedOn() =>
        Assert.Equal("1.0.0-pre.2+1", new TestRepository { Yaml = "branches:\n  main:\n    label: pre\n    mode: ManualDeployment\n" }
            .Commit().TaggedCommit("1.0.0-pre.1").Commit().FullSemVer());

    [Fact]
    public void ALowerBumpThanTheBranchIncrementIsIgnored() =>
        Assert.Equal("1.1.0-alpha.1", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit("+semver:patch").FullSemVer());

    [Fact]
    public void BumpMessagesCanBeDisabled() =>
        Assert.Equal("1.0.1-1", new TestRepository { Yaml = "commit-message-incrementing: Disabled" }.TaggedCommit("1.0.0").Commit("+semver:major").FullSemVer());

    [Theory]
    [InlineData("feat(ui): a feature", "1.1.0-1")]
    [InlineData("fix: a fix", "1.0.1-1")]
    [InlineData("feat!: breaking", "2.0.0-1")]
    public void ConventionalCommitPatterns(string message, string expected)
    {
        const string Yaml = "major-version-bump-message: '^(build|chore|ci|docs|feat|fix|perf|refactor|revert|style|test)(\\([\\w\\s-]*\\))?(!:|:.*\\n\\n((.+\\n)+\\n)?BREAKING CHANGE:\\s.+)'\n"
            + "minor-version-bump-message: '^(feat)(\\([\\w\\s-]*\\))?:'\n"
            + "patch-version-bump-message: '^(build|chore|ci|docs|fix|perf|refactor|revert|style|test)(\\([\\w\\s-]*\\))?:'\n";
        Assert.Equal(expected, new TestRepository { Yaml = Yaml }.TaggedCommit("1.0.0").Commit(message).FullSemVer());
    }
}
