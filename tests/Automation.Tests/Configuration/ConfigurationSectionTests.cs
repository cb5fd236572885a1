using Automation.Tests.Parameters;
using Automation.Tests.Support;

namespace Automation.Tests.Configuration;

/// <summary><c>ctx.Config&lt;T&gt;(section)</c>: a section merged over the file layers and bound to a type, with
/// errors that name the file, the line and the key.</summary>
public sealed class ConfigurationSectionTests : IDisposable
{
    private readonly TestRepository _repo = new();

    public sealed class DeploySettings
    {
        public string Url { get; set; } = "http://default";

        public int Port { get; set; } = 80;

        public string[] Hosts { get; set; } = [];

        public RetrySettings Retry { get; set; } = new();
    }

    public sealed class RetrySettings
    {
        public int Count { get; set; } = 1;

        public int DelaySeconds { get; set; } = 5;
    }

    public sealed class StrictSettings
    {
        public required string Url { get; set; }
    }

    private sealed class Build : AutomationBuild
    {
        Target Show => _ => _.Executes(ctx =>
        {
            var deploy = ctx.Config<DeploySettings>("deploy");
            Recorded.Values(("url", deploy.Url), ("port", deploy.Port), ("hosts", string.Join(",", deploy.Hosts)), ("retry", $"{deploy.Retry.Count}/{deploy.Retry.DelaySeconds}"));
        });

        Target Strict => _ => _.Executes(ctx => Recorded.Values(("url", ctx.Config<StrictSettings>("strict").Url)));
    }

    public void Dispose() => _repo.Dispose();

    private BuildRun Run(params string[] args) => BuildHarness.Run<Build>(new BuildOptions { Repository = _repo }, args);

    [Fact]
    public void Environment_variables_set_section_keys_over_every_file_and_show_config_names_them()
    {
        _repo.WriteFile(".nuke/parameters.json", "{\n  \"deploy\": { \"Url\": \"http://repo\", \"Port\": 8080, \"Retry\": { \"Count\": 4 } }\n}\n");
        var variables = new Dictionary<string, string>
        {
            ["AUTOMATION_DEPLOY__URL"] = "http://from-env",
            ["AUTOMATION_DEPLOY__RETRY__DELAY_SECONDS"] = "30",
            ["AUTOMATION_SYSTEM_CONFIG"] = Path.Combine(_repo.Root, ".machine", "system.json"),
        };

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = variables }, "show");
        var shown = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = variables }, "--show-config");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("http://from-env", run.Value("url"));
        Assert.Equal("8080", run.Value("port"));
        Assert.Equal("4/30", run.Value("retry"));
        Assert.Matches(@"(?mi)^environment variable AUTOMATION_DEPLOY__URL +deploy\.url=http://from-env$", shown.Output);
        Assert.Matches(@"(?mi)^environment variable AUTOMATION_DEPLOY__RETRY__DELAY_SECONDS +deploy\.retry\.delayseconds=30$", shown.Output);
        Assert.Matches(@"(?mi)^\.nuke/parameters\.json:2 +deploy\.port=8080$", shown.Output);
        Assert.DoesNotContain("http://repo", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_environment_value_that_does_not_fit_names_the_variable()
    {
        var variables = new Dictionary<string, string> { ["AUTOMATION_DEPLOY__PORT"] = "eighty" };

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = variables }, "show");

        // As a file's bad value: the target fails at its Config call.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("environment variable AUTOMATION_DEPLOY__PORT: configuration key 'deploy.port' does not fit DeploySettings", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_no_file_has_keeps_the_defaults()
    {
        var run = Run("show");

        Assert.Equal("http://default", run.Value("url"));
        Assert.Equal("1/5", run.Value("retry"));
    }

    [Fact]
    public void Sections_merge_key_by_key_over_the_layers_and_arrays_are_replaced()
    {
        _repo.WriteFile(".machine/user.json", """{ "deploy": { "Url": "http://user", "Hosts": ["a", "b"], "Retry": { "Count": 3, "DelaySeconds": 9 } } }""");
        _repo.WriteFile(".nuke/parameters.json", """{ "deploy": { "Port": 8080, "Retry": { "Count": 4 } } }""");
        _repo.WriteFile(".nuke/parameters.prod.json", """{ "Deploy": { "hosts": ["c"] } }""");

        var run = Run("show", "--profile", "prod");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("http://user", run.Value("url"));
        Assert.Equal("8080", run.Value("port"));
        Assert.Equal("c", run.Value("hosts"));
        Assert.Equal("4/9", run.Value("retry"));
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_layer_file_the_line_and_the_key()
    {
        _repo.WriteFile(".machine/user.json", """{ "deploy": { "Port": 8080 } }""");
        _repo.WriteFile(".nuke/parameters.json", "{\n  \"deploy\": {\n    \"Url\": \"http://x\",\n    \"Port\": \"eighty\"\n  }\n}\n");

        var run = Run("show");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains(".nuke/parameters.json:4: configuration key 'deploy.Port' does not fit DeploySettings:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Fix it in .nuke/parameters.json.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_the_type_does_not_have_is_an_error_naming_it()
    {
        _repo.WriteFile(".nuke/parameters.json", "{\n  \"deploy\": {\n    \"Prot\": 1\n  }\n}\n");

        var run = Run("show");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains(".nuke/parameters.json:3: configuration key 'deploy.Prot' does not fit DeploySettings:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_member_is_an_error()
    {
        var run = Run("strict");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("no configuration file has section 'strict': configuration key 'strict' does not fit StrictSettings:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Url", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_in_a_layer_names_the_file_and_line()
    {
        _repo.WriteFile(".machine/user.json", "{\n  \"deploy\": {\n    \"Url\": \n  }\n}\n");

        var run = Run("show");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".machine/user.json is not valid JSON (line 4)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_does_not_count_as_an_unknown_parameter()
    {
        _repo.WriteFile(".nuke/parameters.json", """{ "deploy": { "Url": "http://x" } }""");

        var run = Run("show");

        Assert.DoesNotContain("warning", run.Output, StringComparison.OrdinalIgnoreCase);
    }
}
