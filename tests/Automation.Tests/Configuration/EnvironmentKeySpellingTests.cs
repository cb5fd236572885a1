using System.Text.Json.Serialization;
using Automation.ConfigurationFiles;
using Automation.Tests.Parameters;
using Automation.Tests.Support;

namespace Automation.Tests.Configuration;

/// <summary>
/// How <c>:config</c> spells a key that only an environment variable sets: as a configuration file spells it, else as
/// the section's declared type (<c>[ConfigSection&lt;T&gt;]</c>) does, else lower-case without underscores (the
/// variable itself is in the origin column as written).
/// </summary>
public sealed class EnvironmentKeySpellingTests : IDisposable
{
    private readonly TestRepository _repo = new();

    public sealed class DeploySettings
    {
        public string Url { get; set; } = "http://default";

        public int TimeoutSeconds { get; set; } = 30;

        public RetrySettings Retry { get; set; } = new();

        [JsonPropertyName("max-hosts")]
        public int MaxHosts { get; set; } = 2;
    }

    public sealed class RetrySettings
    {
        public int DelaySeconds { get; set; } = 5;
    }

    public sealed class CacheSettings
    {
        public int MaxAge { get; set; }
    }

    [ConfigSection<CacheSettings>("Cache")]
    public interface ICaching : IAutomationBuild;

    [ConfigSection<DeploySettings>("deploy")]
    private sealed class Build : AutomationBuild, ICaching
    {
        Target Show => _ => _.Executes(ctx =>
        {
            var deploy = ctx.Config<DeploySettings>("deploy");
            Recorded.Values(("timeout", deploy.TimeoutSeconds), ("delay", deploy.Retry.DelaySeconds), ("hosts", deploy.MaxHosts), ("age", ctx.Config<CacheSettings>("cache").MaxAge));
        });
    }

    private sealed class Undeclared : AutomationBuild
    {
        Target Show => _ => _.Executes(() => { });
    }

    public void Dispose() => _repo.Dispose();

    private static Dictionary<string, string> Variables => new()
    {
        ["AUTOMATION_DEPLOY__TIMEOUT_SECONDS"] = "90",
        ["AUTOMATION_DEPLOY__RETRY__DELAY_SECONDS"] = "7",
        ["AUTOMATION_DEPLOY__MAX_HOSTS"] = "3",
        ["AUTOMATION_DEPLOY__URL"] = "http://from-env",
        ["AUTOMATION_CACHE__MAX_AGE"] = "60",
        ["AUTOMATION_MIRROR__BASE_URL"] = "http://mirror",
    };

    [Fact]
    public void A_key_only_the_environment_sets_is_shown_as_the_file_else_the_declared_type_spells_it()
    {
        _repo.WriteFile(".nuke/parameters.json", "{\n  \"deploy\": { \"URL\": \"http://repo\" }\n}\n");

        var shown = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = Variables }, "--show-config");

        Assert.True(shown.ExitCode == 0, shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_DEPLOY__URL +deploy\.URL=http://from-env$", shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_DEPLOY__TIMEOUT_SECONDS +deploy\.TimeoutSeconds=90$", shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_DEPLOY__RETRY__DELAY_SECONDS +deploy\.Retry\.DelaySeconds=7$", shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_DEPLOY__MAX_HOSTS +deploy\.max-hosts=3$", shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_CACHE__MAX_AGE +Cache\.MaxAge=60$", shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_MIRROR__BASE_URL +mirror\.baseurl=http://mirror$", shown.Output);
    }

    [Fact]
    public void Without_a_declared_type_a_key_is_shown_lower_case_without_underscores_as_it_binds()
    {
        var shown = BuildHarness.Run<Undeclared>(new BuildOptions { Repository = _repo, Variables = Variables }, "--show-config");

        Assert.True(shown.ExitCode == 0, shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_DEPLOY__TIMEOUT_SECONDS +deploy\.timeoutseconds=90$", shown.Output);
        Assert.Matches(@"(?m)^environment variable AUTOMATION_DEPLOY__RETRY__DELAY_SECONDS +deploy\.retry\.delayseconds=7$", shown.Output);
    }

    [Fact]
    public void The_declared_spelling_changes_no_value_a_target_reads()
    {
        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = Variables }, "show");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(("90", "7", "3", "60"), (run.Value("timeout"), run.Value("delay"), run.Value("hosts"), run.Value("age")));
    }

    [Theory]
    [InlineData("deploy:timeoutseconds", "deploy:TimeoutSeconds")]
    [InlineData("DEPLOY:retry:delayseconds", "deploy:Retry:DelaySeconds")]
    [InlineData("deploy:maxhosts", "deploy:max-hosts")]
    [InlineData("deploy:unknown:deeper", "deploy:unknown:deeper")]
    [InlineData("cache:maxage", "Cache:MaxAge")]
    [InlineData("other:key", "other:key")]
    public void Declared_sections_spell_keys_by_their_properties(string path, string spelt)
    {
        Assert.Equal(spelt, SectionSpelling.Of(typeof(Build)).Spell(path));
    }
}
