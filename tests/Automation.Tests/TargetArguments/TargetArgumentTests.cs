using Automation.Tests.Support;

namespace Automation.Tests.TargetArguments;

/// <summary>pyinvoke's rule: an option after a target's name belongs to that target.</summary>
public sealed class TargetArgumentTests
{
    private static BuildRun Run(params string[] args) => BuildHarness.Run<InvokeStyleBuild>(args);

    private static BuildRun Succeeds(params string[] args)
    {
        var run = Run(args);
        Assert.True(run.ExitCode == 0, run.Output);
        return run;
    }

    private static string Fails(params string[] args)
    {
        var run = Run(args);
        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Empty(run.Trace);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        return run.Output;
    }

    [Fact]
    public void Two_targets_each_get_their_own_docs_flag()
    {
        Assert.Equal(
            ["clean docs=True bytecode=False extra=", "build docs=False configuration=Debug"],
            Succeeds("clean", "--docs", "build").Trace);
        Assert.Equal(
            ["clean docs=False bytecode=False extra=", "build docs=True configuration=Debug"],
            Succeeds("clean", "build", "--docs").Trace);
        Assert.Equal(
            ["clean docs=True bytecode=False extra=", "build docs=True configuration=Debug"],
            Succeeds("clean", "--docs", "build", "--docs").Trace);
    }

    [Fact]
    public void Values_and_short_forms_follow_the_target()
    {
        Assert.Equal(["clean docs=True bytecode=True extra=*.tmp"], Succeeds("clean", "-d", "-b", "-e", "*.tmp").Trace);
        Assert.Equal(["clean docs=False bytecode=False extra=a b"], Succeeds("clean", "--extra=a b").Trace);
    }

    [Fact]
    public void A_word_after_a_target_fills_its_positional_argument_first()
    {
        Assert.Equal(["deploy Production 1.2.3"], Succeeds("deploy", "production", "--version", "1.2.3").Trace);
        Assert.Equal(["deploy Staging latest", "test"], Succeeds("deploy", "staging", "test").Trace);
        Assert.Equal(["deploy Staging 2.0"], Succeeds("deploy", "--environment", "staging", "--version", "2.0").Trace);
    }

    [Fact]
    public void A_short_form_never_takes_a_built_in_options_letter()
    {
        // deploy's --version would be -v, but -v is --verbosity.
        Assert.Contains("Invalid value '2.0' for --verbosity", Fails("deploy", "staging", "-v", "2.0"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_positional_left_out_is_a_usage_error_showing_the_form()
    {
        var output = Fails("deploy");

        Assert.Contains("Target 'deploy' needs its argument <environment>: './build.sh deploy <environment>'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_that_defaults_to_true_is_turned_off_with_no()
    {
        Assert.Contains("sign=True", Succeeds("pack").Trace.Single(), StringComparison.Ordinal);
        Assert.Contains("sign=False", Succeeds("pack", "--no-sign").Trace.Single(), StringComparison.Ordinal);
        Assert.Contains("sign=False", Succeeds("pack", "--sign=false").Trace.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_arguments_take_ints_arrays_and_paths()
    {
        var run = Succeeds("pack", "--count", "3", "--formats", "nupkg,snupkg", "--formats", "zip", "--output", "out");

        var line = run.Trace.Single();
        Assert.Contains("count=3 formats=nupkg,snupkg,zip output=", line, StringComparison.Ordinal);
        // A relative path is taken from the working directory, as for parameters.
        var path = line[(line.IndexOf("output=", StringComparison.Ordinal) + 7)..line.IndexOf(" global=", StringComparison.Ordinal)];
        Assert.True(Path.IsPathRooted(path) && path.EndsWith(Path.DirectorySeparatorChar + "out", StringComparison.Ordinal), line);
    }

    [Fact]
    public void The_targets_argument_wins_over_a_build_parameter_of_the_same_name()
    {
        Assert.Equal("pack configuration=Debug sign=True count=1 formats=nupkg output= global=Debug", Succeeds("pack", "--configuration", "Debug").Trace.Single());
        // Before the target's name, the same option is the build parameter.
        Assert.Equal("pack configuration=Release sign=True count=1 formats=nupkg output= global=Custom", Succeeds("--configuration", "Custom", "pack").Trace.Single());
    }

    [Fact]
    public void Build_parameters_and_options_keep_working_after_a_target()
    {
        Assert.Equal(["build docs=False configuration=Release"], Succeeds("build", "--configuration", "Release").Trace);
        var skipped = Succeeds("site", "--skip", "docs");
        Assert.Equal(["site"], skipped.Trace);
    }

    [Fact]
    public void An_unknown_option_after_a_target_names_the_target_and_suggests()
    {
        var output = Fails("clean", "--doc");

        Assert.Contains("Unknown option '--doc' for target 'clean'. Did you mean '--docs'?", output, StringComparison.Ordinal);
        Assert.Contains("./build.sh clean --help", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_after_a_target_never_shows_what_is_attached_to_it()
    {
        var output = Fails("clean", "--extra:CANARY-3c9e1");

        Assert.Contains("Unknown option '--extra:***' for target 'clean'.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARY", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_names_the_target_and_the_argument()
    {
        Assert.Contains("Invalid value 'many' for argument --count of target 'pack': expected a whole number (Int32).", Fails("pack", "--count", "many"), StringComparison.Ordinal);
        Assert.Contains("Invalid value 'moon' for argument --environment of target 'deploy': expected one of Staging, Production.", Fails("deploy", "moon"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_gets_the_values_its_dependent_passes()
    {
        Assert.Equal(["docs stamp=True style=fancy", "site"], Succeeds("site").Trace);
        // Run on its own, the target has its defaults; the command line wins over the dependent's values.
        Assert.Equal(["docs stamp=False style=plain"], Succeeds("docs").Trace);
        Assert.Equal(["docs stamp=True style=dark", "site"], Succeeds("docs", "--style", "dark", "site").Trace);
    }

    [Fact]
    public void The_plan_shows_the_values_given()
    {
        var output = Succeeds("clean", "--docs", "site", "--plan").Output;

        Assert.Contains("clean  invoked with --docs", output, StringComparison.Ordinal);
        Assert.Contains("with --stamp --style fancy", output, StringComparison.Ordinal);
    }
}
