using Automation.Core;

namespace Automation.Tests.CommandLine;

public sealed class SuggestionsTests
{
    private static readonly string[] Names = ["configuration", "continue", "dry-run", "nuget-api-key", "pack", "publish", "unit-test"];

    [Theory]
    [InlineData("configration", "configuration")]
    [InlineData("confguration", "configuration")]
    [InlineData("nugetapikey", "nuget-api-key")]
    [InlineData("NuGetApiKy", "nuget-api-key")]
    [InlineData("unittst", "unit-test")]
    [InlineData("dryrun", "dry-run")]
    public void The_closest_name_comes_first(string input, string expected) => Assert.Equal(expected, Suggestions.Closest(input, Names)[0]);

    [Fact]
    public void Nothing_close_suggests_nothing()
    {
        Assert.Empty(Suggestions.Closest("zzzzzzzz", Names));
        Assert.Equal(string.Empty, Suggestions.DidYouMean("zzzzzzzz", Names));
    }

    [Fact]
    public void A_prefix_matches_every_name_it_starts()
    {
        Assert.Equal(["pack", "publish"], Suggestions.Closest("p", Names));
        Assert.Equal(["configuration", "continue"], Suggestions.Closest("con", Names));
    }

    [Fact]
    public void At_most_three_suggestions() => Assert.Equal(3, Suggestions.Closest("x", ["xa", "xb", "xc", "xd"]).Count);

    [Fact]
    public void Did_you_mean_phrases_one_or_several_names()
    {
        Assert.Equal(" Did you mean '--configuration'?", Suggestions.DidYouMean("configration", Names, "--"));
        Assert.Equal(" Did you mean 'pack' or 'publish'?", Suggestions.DidYouMean("p", Names));
        Assert.Equal(" Did you mean 'xa', 'xb' or 'xc'?", Suggestions.DidYouMean("x", ["xa", "xb", "xc"]));
    }
}
