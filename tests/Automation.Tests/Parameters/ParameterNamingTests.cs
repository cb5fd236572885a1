using Automation.Core;
using Automation.Parameters;
using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

public sealed class ParameterNamingTests
{
    private sealed class Named : AutomationBuild
    {
        [Parameter] readonly string? NuGetApiKey = null;
        [Parameter(Name = "x")] readonly string? Renamed = null;

        Target Show => _ => _.Executes(() => Recorded.Values(("nuget-api-key", NuGetApiKey), ("renamed", Renamed)));
    }

    [Theory]
    [InlineData("NuGetApiKey", "nuget-api-key")]
    [InlineData("UnitTest", "unit-test")]
    [InlineData("GitHubToken", "github-token")]
    [InlineData("Configuration", "configuration")]
    [InlineData("HttpPort", "http-port")]
    [InlineData("HTTPPort", "http-port")]
    [InlineData("Net6Target", "net6-target")]
    [InlineData("snake_case", "snake-case")]
    public void Member_names_become_kebab_case(string member, string expected) => Assert.Equal(expected, Naming.ToKebabCase(member));

    [Fact]
    public void Environment_names_are_upper_snake_case() => Assert.Equal("NUGET_API_KEY", Naming.ToEnvironmentName("nuget-api-key"));

    [Fact]
    public void Descriptors_carry_the_option_and_environment_names()
    {
        var parameters = ParameterDiscovery.Discover(typeof(Named));

        Assert.Equal(["nuget-api-key", "x"], parameters.Select(p => p.Name));
        Assert.Equal(["NUGET_API_KEY", "X"], parameters.Select(p => p.EnvironmentName));
        Assert.Equal(["NuGetApiKey", "Renamed"], parameters.Select(p => p.MemberName));
    }

    [Theory]
    [InlineData("--nuget-api-key")]
    [InlineData("--NuGetApiKey")]
    [InlineData("--nugetapikey")]
    [InlineData("--NUGET-API-KEY")]
    [InlineData("--nuget_api_key")]
    public void Option_matching_ignores_case_and_dashes(string option)
    {
        var run = BuildHarness.Run<Named>("show", option, "k");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("k", run.Value("nuget-api-key"));
    }

    [Theory]
    [InlineData("NUGET_API_KEY")]
    [InlineData("AUTOMATION_NUGET_API_KEY")]
    public void Environment_variable_is_the_upper_snake_case_name(string variable)
    {
        var run = BuildHarness.Run<Named>(new BuildOptions { Variables = new Dictionary<string, string> { [variable] = "k" } }, "show");

        Assert.Equal("k", run.Value("nuget-api-key"));
    }

    [Fact]
    public void Explicit_name_sets_the_option_and_the_environment_variable()
    {
        Assert.Equal("cli", BuildHarness.Run<Named>("show", "--x", "cli").Value("renamed"));
        Assert.Equal("env", BuildHarness.Run<Named>(new BuildOptions { Variables = new Dictionary<string, string> { ["X"] = "env" } }, "show").Value("renamed"));
    }

    [Fact]
    public void Explicit_name_replaces_the_member_name_on_the_command_line()
    {
        var run = BuildHarness.Run<Named>("show", "--renamed", "v");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown option '--renamed'", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Renamed")]
    [InlineData("x")]
    public void Parameters_json_accepts_the_member_name_and_the_explicit_name(string key)
    {
        using var repo = new TestRepository();
        repo.WriteFile(".nuke/parameters.json", $$"""{ "{{key}}": "file" }""");

        var run = BuildHarness.Run<Named>(new BuildOptions { Repository = repo }, "show");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("file", run.Value("renamed"));
        Assert.DoesNotContain("warning", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_members_with_the_same_option_name_are_a_usage_error()
    {
        var run = BuildHarness.Run<Clash>("show");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--unit-test", run.Output, StringComparison.Ordinal);
        Assert.False(Recorded.HasStackTrace(run.Output), run.Output);
    }

    private sealed class Clash : AutomationBuild
    {
        [Parameter] readonly string? UnitTest = null;
        [Parameter(Name = "unit-test")] readonly string? Other = null;

        Target Show => _ => _.Executes(() => Recorded.Values(("a", UnitTest), ("b", Other)));
    }
}
