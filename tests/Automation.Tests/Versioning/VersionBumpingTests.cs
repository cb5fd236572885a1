namespace Automation.Tests.Versioning;

/// <summary><c>+semver:</c> messages (VersionBumpingScenarios) and the configurable bump patterns.</summary>
public sealed class VersionBumpingTests
{
    [Fact]
    public void Messages_bump_the_version()
    {
        var repository = new TestRepository().Commit().TaggedCommit("1.0.0").Commit("+semver:minor");
        Assert.Equal("1.1.0-1", repository.FullSemVer());
        repository.Commit("+semver: breaking");
        Assert.Equal("2.0.0-2", repository.FullSemVer());
    }

    [Fact]
    public void A_tag_resets_the_bump() =>
        Assert.Equal("2.0.1-1", new TestRepository().Commit().TaggedCommit("1.0.0").Commit("+semver:minor").Tag("2.0.0").Commit("Hello").FullSemVer());

    [Fact]
    public void A_pre_release_tag_of_the_label_is_counted_on() =>
        Assert.Equal("1.0.0-pre.2+1", new TestRepository { Yaml = "branches:\n  main:\n    label: pre\n    mode: ManualDeployment\n" }
            .Commit().TaggedCommit("1.0.0-pre.1").Commit().FullSemVer());

    [Fact]
    public void A_lower_bump_than_the_branch_increment_is_ignored() =>
        Assert.Equal("1.1.0-alpha.1", new TestRepository().TaggedCommit("1.0.0").BranchTo("develop").Commit("+semver:patch").FullSemVer());

    [Fact]
    public void Bump_messages_can_be_disabled() =>
        Assert.Equal("1.0.1-1", new TestRepository { Yaml = "commit-message-incrementing: Disabled" }.TaggedCommit("1.0.0").Commit("+semver:major").FullSemVer());

    [Theory]
    [InlineData("feat(ui): a feature", "1.1.0-1")]
    [InlineData("fix: a fix", "1.0.1-1")]
    [InlineData("feat!: breaking", "2.0.0-1")]
    public void Conventional_commit_patterns(string message, string expected)
    {
        const string Yaml = "major-version-bump-message: '^(build|chore|ci|docs|feat|fix|perf|refactor|revert|style|test)(\\([\\w\\s-]*\\))?(!:|:.*\\n\\n((.+\\n)+\\n)?BREAKING CHANGE:\\s.+)'\n"
            + "minor-version-bump-message: '^(feat)(\\([\\w\\s-]*\\))?:'\n"
            + "patch-version-bump-message: '^(build|chore|ci|docs|fix|perf|refactor|revert|style|test)(\\([\\w\\s-]*\\))?:'\n";
        Assert.Equal(expected, new TestRepository { Yaml = Yaml }.TaggedCommit("1.0.0").Commit(message).FullSemVer());
    }
}
