using Automation.Components;

namespace Automation.Tests.Components.GitHub;

public sealed class ChangelogSectionTests
{
    private const string KeepAChangelog = """
        # Changelog

        All notable changes to this project are documented here.

        ## [Unreleased]

        - Nothing yet

        ## [1.2.0] - 2024-05-01

        ### Added

        - Greeting in French

        ```markdown
        ## Not a heading: inside a code block
        ```

        ### Fixed

        - Farewell punctuation

        ## [1.2.0-beta.1] - 2024-04-01

        - Early French greeting

        ## [1.1.0] - 2024-03-01

        - First public release

        [1.2.0]: https://github.com/acme/sample/compare/v1.1.0...v1.2.0
        [1.1.0]: https://github.com/acme/sample/releases/tag/v1.1.0

        """;

    [Fact]
    public void The_section_runs_from_its_heading_to_the_next_level_two_heading()
    {
        var section = ChangelogSection.Find(KeepAChangelog, "1.2.0");

        Assert.Equal("""
            ### Added

            - Greeting in French

            ```markdown
            ## Not a heading: inside a code block
            ```

            ### Fixed

            - Farewell punctuation
            """.ReplaceLineEndings("\n"), section);
    }

    [Fact]
    public void A_pre_release_matches_its_own_heading_only() =>
        Assert.Equal("- Early French greeting", ChangelogSection.Find(KeepAChangelog, "1.2.0-beta.1"));

    [Fact]
    public void The_last_section_leaves_out_the_link_definitions() =>
        Assert.Equal("- First public release", ChangelogSection.Find(KeepAChangelog, "1.1.0"));

    [Theory]
    [InlineData("## 1.2.0\n\n- plain heading\n")]
    [InlineData("## v1.2.0\n\n- plain heading\n")]
    [InlineData("## [v1.2.0](https://github.com/acme/sample/releases/tag/v1.2.0) (2024-05-01)\n\n- plain heading\n")]
    [InlineData("## 1.2.0 - 2024-05-01\r\n\r\n- plain heading\r\n")]
    public void Heading_styles_are_recognized(string changelog) => Assert.Equal("- plain heading", ChangelogSection.Find(changelog, "1.2.0"));

    [Theory]
    [InlineData("1.2")]
    [InlineData("1.3.0")]
    [InlineData("2.0.0")]
    public void A_version_without_a_section_gives_null(string version) => Assert.Null(ChangelogSection.Find(KeepAChangelog, version));

    [Fact]
    public void A_longer_version_does_not_match_a_prefix() => Assert.Null(ChangelogSection.Find("## 1.2.01\n\n- other\n", "1.2.0"));

    [Fact]
    public void An_empty_section_gives_null() => Assert.Null(ChangelogSection.Find("## [1.2.0]\n\n## [1.1.0]\n- old\n", "1.2.0"));
}
