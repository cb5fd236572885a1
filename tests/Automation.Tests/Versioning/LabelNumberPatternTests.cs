using Automation.Versioning;
using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>
/// <c>label-number-pattern</c>: the pull-request number taken from the branch name by a separate regex, as GitVersion's
/// configuration reference describes it (<c>refs/pull/534/merge</c> builds as <c>PullRequest534</c>), for branch regexes
/// that have no <c>Number</c> group of their own.
/// </summary>
public sealed class LabelNumberPatternTests
{
    private const string Yaml = """
        branches:
          pull-request:
            regex: ^(pull-requests|pull|pr)[\/-]
            label: PullRequest{Number}
            label-number-pattern: '[/-](?<Number>\d+)'
        """;

    // GitVersion: configuration reference, label-number-pattern ("refs/pull/534/merge builds as PullRequest534")
    [Fact]
    public void The_number_comes_from_the_pattern() =>
        Assert.Equal("0.1.1-PullRequest534.2", new TestRepository { Yaml = Yaml }.TaggedCommit("0.1.0").BranchTo("feature/Foo").Commit()
            .Checkout("main").BranchTo("pull/534/merge").MergeNoFF("feature/Foo").FullSemVer());

    [Fact]
    public void The_pattern_is_inherited_from_the_root() =>
        Assert.Equal("0.1.1-PullRequest77.2", new TestRepository { Yaml = "label-number-pattern: '[/-](?<Number>\\d+)'\nbranches:\n  pull-request:\n    regex: ^pull[\\/-]\n" }
            .TaggedCommit("0.1.0").BranchTo("feature/Foo").Commit().Checkout("main").BranchTo("pull/77/merge").MergeNoFF("feature/Foo").FullSemVer());

    [Theory]
    [InlineData("label-number-pattern: '[/-](?<number>\\d+)'", "has no group named Number")]
    [InlineData("label-number-pattern: '[/-](?<Number>\\d+'", "is not a valid regular expression")]
    public void A_bad_pattern_is_an_error_naming_the_key_and_the_fix(string yaml, string expected)
    {
        var exception = Assert.Throws<VersioningException>(() => ConfigurationReader.Parse(yaml, "GitVersion.yml"));
        Assert.Contains("GitVersion.yml line 1: 'label-number-pattern' " + expected, exception.Message, StringComparison.Ordinal);
        Assert.Contains("(?<Number>\\d+)", exception.Message, StringComparison.Ordinal);
    }
}
