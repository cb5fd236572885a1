using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>Sources, highest first: command line; AUTOMATION_MY_PARAM; MY_PARAM; profile files (later wins); parameters.json; initializer.</summary>
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
}
