using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>Parsing, comparing and incrementing versions the way GitVersion does.</summary>
public sealed class SemanticVersionTests
{
    [Theory]
    [InlineData("1.2.3", "[vV]?", "1.2.3")]
    [InlineData("v1.2.3-beta.4", "[vV]?", "1.2.3-beta.4")]
    [InlineData("1.2.3-beta4", "[vV]?", "1.2.3-beta.4")]
    [InlineData("1.2.3-4", "[vV]?", "1.2.3-4")]
    [InlineData("1.2.3+build.5", "[vV]?", "1.2.3")]
    [InlineData("version-2.0.0", "version-", "2.0.0")]
    public void Strict_versions_parse(string text, string prefix, string expected)
    {
        Assert.True(SemanticVersionParser.TryParse(text, prefix, SemanticVersionFormat.Strict, out var version));
        Assert.Equal(expected, version.ToString());
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("01.2.3")]
    [InlineData("BadTag")]
    [InlineData("x1.2.3")]
    public void Strict_rejects(string text) => Assert.False(SemanticVersionParser.TryParse(text, "[vV]?", SemanticVersionFormat.Strict, out _));

    // GitVersion: SemanticVersionTests.ValidateVersionParsing (the SemanticVersionFormat.Loose cases)
    [Theory]
    [InlineData("1.2", "1.2.0")]
    [InlineData("1", "1.0.0")]
    [InlineData("1.1", "1.1.0")]
    [InlineData("1.2.3.4", "1.2.3")]
    [InlineData("1.2-alpha4", "1.2.0-alpha.4")]
    [InlineData("01.02.03-rc03", "1.2.3-rc.3")]
    [InlineData("v1.2", "1.2.0")]
    public void Loose_accepts_short_versions(string text, string expected)
    {
        Assert.True(SemanticVersionParser.TryParse(text, "[vV]?", SemanticVersionFormat.Loose, out var version));
        Assert.Equal(expected, version.ToString());
    }

    [Theory]
    [InlineData("1.0.0", "Patch", "", "1.0.1-1")]
    [InlineData("1.0.0", "Minor", "alpha", "1.1.0-alpha.1")]
    [InlineData("1.0.0", "Major", null, "2.0.0-1")]
    [InlineData("1.0.0-beta.1", "Minor", "beta", "1.0.0-beta.2")]
    [InlineData("1.0.0-beta.1", "Minor", "alpha", "1.0.0-alpha.1")]
    [InlineData("2.0.0", "None", "beta", "2.0.0-beta.1")]
    public void Increment(string start, string field, string? label, string expected)
    {
        SemanticVersionParser.TryParse(start, null, SemanticVersionFormat.Strict, out var version);
        Assert.Equal(expected, version!.Increment(Enum.Parse<VersionField>(field), label).ToString());
    }

    [Fact]
    public void An_alternative_raises_the_increment()
    {
        var alternative = new SemanticVersion(1, 2, 1, new PreReleaseTag("beta", 1, true));
        Assert.Equal("1.2.1-alpha.1", new SemanticVersion(1, 2, 0, PreReleaseTag.Empty).Increment(VersionField.Patch, "alpha", false, alternative).ToString());
        Assert.Equal("1.3.0-alpha.1", new SemanticVersion(1, 2, 0, PreReleaseTag.Empty).Increment(VersionField.Minor, "alpha", false, alternative).ToString());
    }

    [Fact]
    public void Pre_releases_sort_below_releases()
    {
        var release = new SemanticVersion(1, 0, 0, PreReleaseTag.Empty);
        var beta = new SemanticVersion(1, 0, 0, new PreReleaseTag("beta", 2, true));
        var alpha = new SemanticVersion(1, 0, 0, new PreReleaseTag("alpha", 9, true));
        Assert.True(release.CompareTo(beta) > 0);
        Assert.True(beta.CompareTo(alpha) > 0);
        Assert.Equal(0, beta.CompareTo(alpha, includePreRelease: false));
    }

    [Fact]
    public void Label_matching()
    {
        var beta = new SemanticVersion(1, 0, 0, new PreReleaseTag("Beta", 2, true));
        Assert.True(beta.MatchesLabel("beta"));
        Assert.True(beta.MatchesLabel(null));
        Assert.False(beta.MatchesLabel("alpha"));
        Assert.True(SemanticVersion.Zero.MatchesLabel("alpha"));
    }
}
