using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>Sources, highest first: command line; AUTOMATION_MY_PARAM; MY_PARAM; --config-file; profile files (later wins);
/// parameters.json; user file; system file; initializer. Each test puts a value in two sources and sees the higher win.</summary>
public sealed class ParameterPrecedenceTests : IDisposable
{
    private readonly TestRepository _repo = new();

    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly string MyParam = "initializer";

        Target Show => _ => _.Executes(() => Recorded.Values(("my-param", MyParam)));
    }

    public void Dispose() => _repo.Dispose();

    private string Value(Dictionary<string, string>? variables = null, params string[] args)
    {
        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = variables }, ["show", .. args]);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Value("my-param");
    }

    private void Json(string name, string key, string value) => _repo.WriteFile($".nuke/{name}", $$"""{ "{{key}}": "{{value}}" }""");

    [Fact]
    public void Initializer_when_no_source_has_a_value() => Assert.Equal("initializer", Value());

    [Fact]
    public void Parameters_json_over_initializer()
    {
        Json("parameters.json", "MyParam", "json");

        Assert.Equal("json", Value());
    }

    [Theory]
    [InlineData("MyParam")]
    [InlineData("myparam")]
    [InlineData("MYPARAM")]
    [InlineData("my-param")]
    public void Parameters_json_keys_ignore_case(string key)
    {
        Json("parameters.json", key, "json");

        Assert.Equal("json", Value());
    }

    [Fact]
    public void Parameters_json_schema_key_is_ignored()
    {
        _repo.WriteFile(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "MyParam": "json" }""");
        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo }, "show");

        Assert.Equal("json", run.Value("my-param"));
        Assert.DoesNotContain("warning", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_over_parameters_json()
    {
        Json("parameters.json", "MyParam", "json");
        Json("parameters.ci.json", "MyParam", "ci");

        Assert.Equal("json", Value());
        Assert.Equal("ci", Value(null, "--profile", "ci"));
    }

    [Fact]
    public void A_profile_without_the_key_leaves_parameters_json_in_force()
    {
        Json("parameters.json", "MyParam", "json");
        Json("parameters.ci.json", "Other", "x");

        Assert.Equal("json", Value(null, "--profile", "ci"));
    }

    [Theory]
    [InlineData("b", "--profile", "a", "b")]
    [InlineData("a", "--profile", "b", "a")]
    [InlineData("b", "--profile", "a,b")]
    [InlineData("b", "--profile", "a", "--profile", "b")]
    public void Later_profile_over_earlier_profile(string expected, params string[] args)
    {
        Json("parameters.a.json", "MyParam", "a");
        Json("parameters.b.json", "MyParam", "b");

        Assert.Equal(expected, Value(null, args));
    }

    [Fact]
    public void Environment_over_profile()
    {
        Json("parameters.ci.json", "MyParam", "ci");

        Assert.Equal("env", Value(new() { ["MY_PARAM"] = "env" }, "--profile", "ci"));
    }

    [Fact]
    public void Prefixed_environment_variable_over_plain_one() =>
        Assert.Equal("prefixed", Value(new() { ["MY_PARAM"] = "plain", ["AUTOMATION_MY_PARAM"] = "prefixed" }));

    [Theory]
    [InlineData("MyParam")]
    [InlineData("myparam")]
    [InlineData("NUKE_MY_PARAM")]
    [InlineData("NukeMyParam")]
    public void Nuke_spellings_of_the_variable_are_read(string variable)
    {
        Json("parameters.json", "MyParam", "json");

        Assert.Equal("nuke", Value(new() { [variable] = "nuke" }));
    }

    [Fact]
    public void Our_variable_names_over_nuke_spellings() =>
        Assert.Equal("plain", Value(new() { ["MyParam"] = "nuke", ["MY_PARAM"] = "plain", ["NUKE_MY_PARAM"] = "nuke" }));

    [Fact]
    public void A_variable_that_only_starts_like_the_parameter_is_not_read() =>
        Assert.Equal("initializer", Value(new() { ["MyParamExtra"] = "other", ["XMyParam"] = "other" }));

    [Fact]
    public void Command_line_over_environment() =>
        Assert.Equal("cli", Value(new() { ["MY_PARAM"] = "plain", ["AUTOMATION_MY_PARAM"] = "prefixed" }, "--my-param", "cli"));

    [Fact]
    public void Command_line_over_every_other_source()
    {
        Json("parameters.json", "MyParam", "json");
        Json("parameters.ci.json", "MyParam", "ci");

        Assert.Equal("cli", Value(new() { ["MY_PARAM"] = "env" }, "--profile", "ci", "--my-param", "cli"));
    }

    [Fact]
    public void An_empty_environment_variable_is_not_a_value_so_lower_sources_still_apply()
    {
        Json("parameters.json", "MyParam", "json");

        Assert.Equal("json", Value(new() { ["MY_PARAM"] = string.Empty, ["AUTOMATION_MY_PARAM"] = string.Empty }));
    }

    [Fact]
    public void A_null_in_a_parameter_file_is_not_a_value_so_lower_sources_still_apply()
    {
        Json("parameters.json", "MyParam", "json");
        _repo.WriteFile(".nuke/parameters.ci.json", """{ "MyParam": null }""");

        Assert.Equal("json", Value(null, "--profile", "ci"));
    }

    // The configuration layers (the system and user files come from .machine/ in tests: BuildHarness points
    // AUTOMATION_SYSTEM_CONFIG and AUTOMATION_USER_CONFIG there).
    private void Layer(string relativePath, string value) => _repo.WriteFile(relativePath, $$"""{ "MyParam": "{{value}}" }""");

    [Fact]
    public void System_file_over_initializer()
    {
        Layer(".machine/system.json", "system");

        Assert.Equal("system", Value());
    }

    [Fact]
    public void User_file_over_system_file()
    {
        Layer(".machine/system.json", "system");
        Layer(".machine/user.json", "user");

        Assert.Equal("user", Value());
    }

    [Fact]
    public void Repository_file_over_user_file()
    {
        Layer(".machine/user.json", "user");
        Layer(".nuke/parameters.json", "repository");

        Assert.Equal("repository", Value());
    }

    [Fact]
    public void Profile_over_repository_file()
    {
        Layer(".nuke/parameters.json", "repository");
        Layer(".nuke/parameters.ci.json", "profile");

        Assert.Equal("profile", Value(null, "--profile", "ci"));
    }

    [Fact]
    public void Runtime_file_over_profile()
    {
        Layer(".nuke/parameters.ci.json", "profile");
        Layer("run/override.json", "runtime");

        Assert.Equal("runtime", Value(null, "--profile", "ci", "--config-file", "run/override.json"));
    }

    [Fact]
    public void Environment_over_runtime_file()
    {
        Layer("run/override.json", "runtime");

        Assert.Equal("environment", Value(new() { ["MY_PARAM"] = "environment" }, "--config-file", "run/override.json"));
    }

    [Fact]
    public void Command_line_over_environment_and_runtime_file()
    {
        Layer("run/override.json", "runtime");

        Assert.Equal("command-line", Value(new() { ["MY_PARAM"] = "environment" }, "--config-file", "run/override.json", "--my-param", "command-line"));
    }

    [Fact]
    public void A_runtime_file_path_is_relative_to_the_working_directory()
    {
        Layer("sub/dir/override.json", "runtime");
        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, WorkingDirectory = Path.Combine(_repo.Root, "sub") }, "show", "--config-file", "dir/override.json");

        Assert.Equal("runtime", run.Value("my-param"));
    }

    [Fact]
    public void A_missing_runtime_file_is_a_usage_error_naming_it()
    {
        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo }, "show", "--config-file", "nowhere.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The configuration file 'nowhere.json' (--config-file) was not found", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_files_do_not_warn_about_keys_of_other_builds_but_the_repository_file_does()
    {
        _repo.WriteFile(".machine/user.json", """{ "OtherBuildsParam": "x" }""");
        _repo.WriteFile(".nuke/parameters.json", """{ "Typo": "x" }""");
        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo }, "show");

        Assert.DoesNotContain("OtherBuildsParam", run.Output, StringComparison.Ordinal);
        Assert.Contains(".nuke/parameters.json: 'Typo' is not a parameter of this build.", run.Output, StringComparison.Ordinal);
    }
}
