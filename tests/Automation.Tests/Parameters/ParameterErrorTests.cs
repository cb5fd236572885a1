using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>Usage and configuration errors: exit code 2, one clear message, no stack trace, nothing run.</summary>
public sealed class ParameterErrorTests
{
    private enum Configuration
    {
        Debug,
        Release,
    }

    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly Configuration Configuration = Configuration.Debug;
        [Parameter] readonly int Count = 1;

        Target Show => _ => _.Executes(() => Recorded.Values(("configuration", Configuration), ("count", Count)));
    }

    private static BuildRun Fails(BuildOptions options, params string[] args)
    {
        var run = BuildHarness.Run<Build>(options, ["show", .. args]);
        Assert.True(run.ExitCode == 2, $"Exit code {run.ExitCode}:\n{run.Output}");
        Assert.Empty(run.Trace);
        Assert.False(Recorded.HasStackTrace(run.Output), run.Output);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
        return run;
    }

    private static BuildRun Fails(params string[] args) => Fails(new BuildOptions(), args);

    private static BuildRun FailsWithFile(string file, string content, params string[] args)
    {
        using var repo = new TestRepository();
        repo.WriteFile(file, content);
        return Fails(new BuildOptions { Repository = repo }, args);
    }

    [Fact]
    public void Unknown_option_suggests_the_closest_parameter()
    {
        var run = Fails("--configration", "Release");

        Assert.Contains("Unknown option '--configration'. Did you mean '--configuration'?", run.Output, StringComparison.Ordinal);
        Assert.Contains("Unknown option '--configration'.", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_option_far_from_everything_suggests_nothing_but_help()
    {
        var run = Fails("--zzzzzzzz");

        Assert.Contains("Unknown option '--zzzzzzzz'.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", run.Output, StringComparison.Ordinal);
        Assert.Contains("--help", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_enum_value_names_the_parameter_the_value_and_the_accepted_values()
    {
        var run = Fails("--configuration", "Relase");

        Assert.Contains("'Relase'", run.Output, StringComparison.Ordinal);
        Assert.Contains("--configuration", run.Output, StringComparison.Ordinal);
        Assert.Contains("Debug, Release", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_int_value_names_the_parameter_the_value_and_what_is_accepted()
    {
        var run = Fails("--count", "ten");

        Assert.Contains("Invalid value 'ten' for parameter --count", run.Output, StringComparison.Ordinal);
        Assert.Contains("whole number", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_value_from_the_environment_names_the_variable()
    {
        var run = Fails(new BuildOptions { Variables = new Dictionary<string, string> { ["COUNT"] = "ten" } });

        Assert.Contains("'ten'", run.Output, StringComparison.Ordinal);
        Assert.Contains("environment variable COUNT", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_value_from_parameters_json_names_the_file()
    {
        var run = FailsWithFile(".nuke/parameters.json", """{ "Count": "ten" }""");

        Assert.Contains("'ten'", run.Output, StringComparison.Ordinal);
        Assert.Contains(".nuke/parameters.json", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--count")]
    [InlineData("--count", "--configuration", "Release")]
    public void Missing_value_for_a_one_value_option(params string[] args)
    {
        var run = Fails(args);

        Assert.Contains("Option '--count' needs a value", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_profile_names_the_file_it_looked_for()
    {
        var run = Fails("--profile", "ci");

        Assert.Contains("Profile 'ci' not found", run.Output, StringComparison.Ordinal);
        Assert.Contains(".nuke/parameters.ci.json", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_parameters_json_names_the_file_and_the_line()
    {
        var run = FailsWithFile(".nuke/parameters.json", "{\n  \"Count\": 1,\n  \"Configuration\": Release\n}\n");

        Assert.Contains(".nuke/parameters.json is not valid JSON (line 3)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_profile_names_the_profile_file()
    {
        var run = FailsWithFile(".nuke/parameters.ci.json", "{ \"Count\": }", "--profile", "ci");

        Assert.Contains(".nuke/parameters.ci.json is not valid JSON (line 1)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_json_that_is_not_an_object_is_an_error()
    {
        var run = FailsWithFile(".nuke/parameters.json", "[1, 2]");

        Assert.Contains(".nuke/parameters.json must contain a JSON object", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_found_after_the_root_also_go_to_the_log()
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "show", "--count", "ten");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Invalid value 'ten'", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_in_parameters_json_is_only_a_warning_naming_the_key()
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", """{ "Configuraton": "Release", "Count": 4 }""");

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("4", run.Value("count"));
        var warning = Assert.Single(run.Output.Split('\n'), line => line.StartsWith("warning:", StringComparison.Ordinal));
        Assert.Contains("'Configuraton'", warning, StringComparison.Ordinal);
        Assert.Contains(".nuke/parameters.json", warning, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'Configuration'?", warning, StringComparison.Ordinal);
        Assert.Contains("'Configuraton'", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_unknown_keys_are_ten_warnings_and_a_count()
    {
        using var repo = new TestRepository();
        var keys = Enumerable.Range(0, 25).Select(i => $"\"Unknown{i:00}\": {i}");
        repo.WriteFile(".nuke/parameters.json", "{ \"Count\": 4, " + string.Join(", ", keys) + " }");

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "show");

        Assert.Equal(0, run.ExitCode);
        var warnings = run.Output.Split('\n').Where(line => line.StartsWith("warning:", StringComparison.Ordinal)).ToList();
        Assert.Equal(11, warnings.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"'Unknown{i:00}'"), warnings.Take(10).Select(w => w.Split(' ')[2]));
        Assert.Equal("warning: .nuke/parameters.json: and 15 more keys that are not parameters of this build. --help lists the parameters.", warnings[10]);
    }
}
