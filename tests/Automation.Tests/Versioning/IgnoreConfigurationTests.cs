using Automation.Versioning;
using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>Reading <c>ignore:</c>, replaying GitVersion's IgnoreConfigurationTests, and its effect on the in-memory engine.</summary>
public sealed class IgnoreConfigurationTests
{
    private static IgnoreConfiguration Read(string yaml) => ConfigurationReader.Parse(yaml, "GitVersion.yml").Configuration.Ignore;

    // GitVersion: IgnoreConfigurationTests.CanDeserialize
    [Fact]
    public void Shas_and_a_date_are_read()
    {
        var ignore = Read("ignore:\n    sha: [b6c0c9fda88830ebcd563e500a5a7da5a1658e98]\n    commits-before: 2015-10-23T12:23:15\n");
        Assert.Equal(["b6c0c9fda88830ebcd563e500a5a7da5a1658e98"], ignore.Shas);
        Assert.Equal(new DateTimeOffset(2015, 10, 23, 12, 23, 15, TimeSpan.Zero), ignore.Before);
    }

    // GitVersion: IgnoreConfigurationTests.ShouldSupportsOtherSequenceFormat
    [Fact]
    public void Shas_may_be_a_block_sequence() =>
        Assert.Equal(
            ["b6c0c9fda88830ebcd563e500a5a7da5a1658e98", "6c19c7c219ecf8dbc468042baefa73a1b213e8b1"],
            Read("ignore:\n    sha:\n        - b6c0c9fda88830ebcd563e500a5a7da5a1658e98\n        - 6c19c7c219ecf8dbc468042baefa73a1b213e8b1\n").Shas);

    // GitVersion: IgnoreConfigurationTests.WhenNotInConfigShouldHaveDefaults, NewInstanceShouldBeEmpty
    [Fact]
    public void Without_ignore_nothing_is_ignored() => Assert.True(Read("next-version: 1.0").IsEmpty);

    // GitVersion: IgnoreConfigurationTests.WhenBadDateFormatShouldFail
    [Theory]
    [InlineData("ignore:\n    commits-before: bad format date\n", "'ignore.commits-before' is 'bad format date', which is not a date; write it as yyyy-MM-ddTHH:mm:ss")]
    [InlineData("ignore:\n    sha: [not-a-sha]\n", "'ignore.sha' lists 'not-a-sha', which is not a commit sha")]
    [InlineData("ignore:\n    sha: abc123\n", "'ignore.sha' must be a list")]
    public void Bad_values_are_errors_naming_the_key_and_the_fix(string yaml, string expected)
    {
        var exception = Assert.Throws<VersioningException>(() => Read(yaml));
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("GitVersion.yml line 2", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ignored_paths_are_a_warning() =>
        Assert.Contains("'ignore.paths'", ConfigurationReader.Parse("ignore:\n  paths: [docs/]\n", "GitVersion.yml").Warnings.Single(), StringComparison.Ordinal);

    [Fact]
    public void An_ignored_commit_neither_counts_nor_bumps_nor_tags()
    {
        var repository = new TestRepository().TaggedCommit("1.0.0");
        var bump = repository.Commit("+semver: minor").CurrentSha;
        repository.Commit();
        var tagged = repository.TaggedCommit("1.5.0").CurrentSha;
        repository.Commit();
        Assert.Equal("1.5.1-1", repository.FullSemVer());
        repository.Yaml = $"ignore:\n  sha: [{bump}, {tagged}]\n";
        Assert.Equal("1.0.1-2", repository.FullSemVer());
    }
}
