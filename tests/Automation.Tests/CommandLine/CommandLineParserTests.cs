using Automation.CommandLine;
using Automation.Core;
using Automation.Parameters;
using Automation.Targets;
using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

public sealed class CommandLineParserTests
{
    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly string? Configuration = null;
        [Parameter] readonly bool Sign = false;
        [Parameter] readonly int Retries = 0;
        [Parameter] readonly string[] Items = [];

        Target Show => _ => _.Executes(() => Trace.Record($"{Configuration} {Sign} {Retries} {Items.Length}"));

        Target Clean => _ => _;

        Target Pack => _ => _;

        Target Publish => _ => _;
    }

    private static ParsedCommandLine Parse(params string[] args) => CommandLineParser.Parse(args, ParameterDiscovery.Discover(typeof(Build)), "/work", TargetDiscovery.Discover(new Build()));

    private static string Error(params string[] args) => Assert.Throws<UsageException>(() => Parse(args)).Message;

    [Fact]
    public void Positional_words_are_targets_in_the_order_typed()
    {
        var line = Parse("clean", "pack", "--sign", "publish");

        Assert.Equal(["clean", "pack", "publish"], line.Targets);
        Assert.Equal(["true"], line.Parameters["sign"].Values);
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("--help")]
    public void Help(string option) => Assert.True(Parse(option).Help);

    [Theory]
    [InlineData("-l")]
    [InlineData("--list")]
    public void List(string option) => Assert.True(Parse(option).List);

    [Theory]
    [InlineData("-n")]
    [InlineData("--dry-run")]
    [InlineData("--DryRun")]
    public void Dry_run(string option) => Assert.True(Parse(option).DryRun);

    [Fact]
    public void Plan() => Assert.True(Parse("--plan").Plan);

    [Fact]
    public void Nothing_given_leaves_every_option_off()
    {
        var line = Parse();

        Assert.Empty(line.Targets);
        Assert.False(line.Help || line.List || line.Plan || line.DryRun || line.NoColor);
        Assert.Null(line.Skip);
        Assert.Null(line.Root);
        Assert.Equal(Verbosity.Normal, line.Verbosity);
        Assert.Empty(line.Parameters);
    }

    [Fact]
    public void Bare_skip_is_an_empty_list_and_skip_with_names_lists_them()
    {
        Assert.Equal([], Parse("pack", "--skip").Skip);
        Assert.Equal(["restore", "lint", "test"], Parse("pack", "--skip", "restore", "lint,test").Skip);
    }

    [Fact]
    public void Profiles_accumulate_in_order() => Assert.Equal(["a", "b", "c"], Parse("--profile", "a", "b", "--profile=c").Profiles);

    [Theory]
    [InlineData("quiet", Verbosity.Quiet)]
    [InlineData("minimal", Verbosity.Minimal)]
    [InlineData("Normal", Verbosity.Normal)]
    [InlineData("VERBOSE", Verbosity.Verbose)]
    public void Verbosity_levels(string text, Verbosity expected) => Assert.Equal(expected, Parse("--verbosity", text).Verbosity);

    [Fact]
    public void Root_host_and_no_color()
    {
        var line = Parse("--root", "../repo", "--host", "gitlab", "--no-color");

        Assert.Equal("../repo", line.Root);
        Assert.Equal("gitlab", line.Host);
        Assert.True(line.NoColor);
    }

    [Fact]
    public void Parameter_values_remember_the_option_and_the_working_directory()
    {
        var value = Parse("--retries", "3").Parameters["retries"];

        Assert.Equal(["3"], value.Values);
        Assert.Equal("--retries", value.Source);
        Assert.Equal("/work", value.BaseDirectory);
    }

    [Fact]
    public void A_one_value_option_takes_one_word_and_the_rest_are_targets()
    {
        var line = Parse("--configuration", "Release", "pack");

        Assert.Equal(["Release"], line.Parameters["configuration"].Values);
        Assert.Equal(["pack"], line.Targets);
    }

    [Fact]
    public void A_repeated_one_value_option_keeps_the_last_value() => Assert.Equal(["2"], Parse("--retries", "1", "--retries=2").Parameters["retries"].Values);

    [Fact]
    public void A_negative_number_is_a_value_not_an_option() => Assert.Equal(["-1"], Parse("--retries", "-1").Parameters["retries"].Values);

    [Fact]
    public void An_array_option_takes_every_word_up_to_the_next_option()
    {
        var line = Parse("--items", "a", "b", "--items", "c", "--sign");

        Assert.Equal(["a", "b", "c"], line.Parameters["items"].Values);
        Assert.Equal(["true"], line.Parameters["sign"].Values);
    }

    [Fact]
    public void Unknown_verbosity_lists_the_levels() =>
        Assert.Equal("Invalid value 'x' for --verbosity: expected one of quiet, minimal, normal, verbose.", Error("--verbosity", "x"));

    [Theory]
    [InlineData("--help=yes", "Option '--help' takes no value.")]
    [InlineData("--root", "Option '--root' needs a value: --root <value>.")]
    [InlineData("--verbosity", "Option '--verbosity' needs a value: --verbosity <value>.")]
    [InlineData("--retries", "Option '--retries' needs a value: --retries <value>.")]
    public void Option_arity_errors(string option, string expected) => Assert.Equal(expected, Error(option));

    [Theory]
    [InlineData("--configration", "Did you mean '--configuration'?")]
    [InlineData("--lst", "Did you mean '--list'")]
    [InlineData("--retires", "Did you mean '--retries'?")]
    [InlineData("-x", "Unknown option '-x'.")]
    [InlineData("-configuration", "Unknown option '-configuration'.")]
    public void Unknown_options_are_errors_with_suggestions(string option, string expected) => Assert.Contains(expected, Error(option, "v"), StringComparison.Ordinal);

    [Fact]
    public void Unknown_option_message_does_not_repeat_an_inline_value() =>
        Assert.DoesNotContain("CANARY", Error("--tokn=CANARY-5f3a9"), StringComparison.Ordinal);

    [Theory]
    [InlineData("-v=quiet")]
    [InlineData("--verbosity=quiet")]
    [InlineData("-v", "quiet")]
    [InlineData("--Verbosity=Quiet")]
    public void Short_and_long_names_take_an_attached_value_alike(params string[] args) => Assert.Equal(Verbosity.Quiet, Parse(args).Verbosity);

    [Fact]
    public void Short_alias_with_an_attached_value_for_an_option_without_one_is_refused() =>
        Assert.Equal("Option '-h' takes no value.", Error("-h=yes"));

    [Theory]
    [InlineData("--profile")]
    [InlineData("--profile=")]
    [InlineData("--profile", "--plan")]
    [InlineData("--profile", ",")]
    public void Profile_without_a_name_is_a_usage_error(params string[] args) =>
        Assert.Equal("Option '--profile' needs a profile name: --profile <name>, which adds .nuke/parameters.<name>.json.", Error(args));

    [Theory]
    [InlineData("--root=", "Option '--root' needs a directory: --root <dir>.")]
    [InlineData("--host=", "Option '--host' needs a host name: --host <name>.")]
    [InlineData("-v=", "Option '--verbosity' needs a level: --verbosity quiet|minimal|normal|verbose.")]
    public void Built_in_option_with_an_empty_attached_value_is_a_usage_error(string option, string expected) => Assert.Equal(expected, Error(option));

    [Theory]
    [InlineData("--items")]
    [InlineData("--items", "--sign")]
    public void Array_parameter_without_values_is_a_usage_error_that_says_how_to_empty_it(params string[] args) =>
        Assert.Equal("Option '--items' needs at least one value: --items <value> [<value>...]. To set it to no values, write --items=", Error(args));

    [Fact]
    public void Array_parameter_with_an_empty_attached_value_is_meant_empty()
    {
        var run = BuildHarness.Run<Build>("show", "--items=");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([" False 0 0"], run.Trace);
    }
}
