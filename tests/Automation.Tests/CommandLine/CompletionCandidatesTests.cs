using Automation.CommandLine;

namespace Automation.Tests.CommandLine;

/// <summary>What <c>automation :complete</c> offers for the word under the cursor, from a build's completion list.</summary>
public sealed class CompletionCandidatesTests
{
    private static readonly CompletionCatalog Catalog = new(
        ["clean", "restore", "compile", "unit-test", "pack"],
        [
            new("--help", CompletionArity.None, []),
            new("-h", CompletionArity.None, []),
            new("--skip", CompletionArity.Many, ["clean", "restore", "compile", "unit-test", "pack"]),
            new("--verbosity", CompletionArity.One, ["quiet", "minimal", "normal", "verbose"]),
            new("-v", CompletionArity.One, ["quiet", "minimal", "normal", "verbose"]),
            new("--root", CompletionArity.One, []),
            new("--configuration", CompletionArity.One, ["Debug", "Release"]),
            new("--sign", CompletionArity.None, []),
            new("--filters", CompletionArity.Many, []),
        ]);

    private static IReadOnlyList<string> Complete(params string[] words) => CompletionCandidates.For(Catalog, words);

    [Fact]
    public void A_new_word_offers_every_target() => Assert.Equal(["clean", "restore", "compile", "unit-test", "pack"], Complete(string.Empty));

    [Fact]
    public void A_started_word_offers_the_targets_it_begins_ignoring_case() => Assert.Equal(["unit-test"], Complete("U"));

    [Fact]
    public void Targets_already_typed_are_not_offered_again() => Assert.Equal(["restore"], Complete("clean", "re"));

    [Fact]
    public void A_dash_offers_the_long_options_and_parameters() =>
        Assert.Equal(["--help", "--skip", "--verbosity", "--root", "--configuration", "--sign", "--filters"], Complete("pack", "-"));

    [Fact]
    public void A_started_option_offers_the_ones_it_begins() => Assert.Equal(["--configuration"], Complete("pack", "--con"));

    [Fact]
    public void After_an_enum_parameter_its_values() => Assert.Equal(["Debug", "Release"], Complete("pack", "--configuration", string.Empty));

    [Fact]
    public void After_a_built_in_with_values_and_its_alias_the_values() =>
        Assert.Equal(["verbose"], Complete("-v", "v"));

    [Fact]
    public void An_inline_value_keeps_the_option_prefix() =>
        Assert.Equal(["--verbosity=quiet"], Complete("--verbosity=q"));

    [Fact]
    public void A_value_bash_split_off_at_the_equals_sign_gets_the_bare_values() =>
        Assert.Equal(["Release"], Complete("pack", "--configuration", "=", "r"));

    [Fact]
    public void After_skip_every_target_not_skipped_yet() =>
        Assert.Equal(["restore", "compile", "unit-test", "pack"], Complete("pack", "--skip", "clean", string.Empty));

    [Fact]
    public void After_a_free_text_option_nothing_so_the_shell_can_offer_files() => Assert.Empty(Complete("--root", string.Empty));

    [Fact]
    public void After_a_single_value_and_its_value_targets_again() =>
        Assert.Equal(["clean", "restore", "compile", "unit-test"], Complete("pack", "--configuration", "Debug", string.Empty));

    [Fact]
    public void After_a_flag_targets_again() => Assert.Equal(["pack"], Complete("--sign", "p"));

    [Fact]
    public void After_a_list_parameter_without_values_nothing() => Assert.Empty(Complete("--filters", "a", string.Empty));

    [Fact]
    public void No_words_at_all_offers_the_targets() => Assert.Equal(5, Complete().Count);
}
