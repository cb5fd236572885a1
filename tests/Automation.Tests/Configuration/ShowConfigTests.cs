using System.Text.Json;
using Automation.Tests.Support;

namespace Automation.Tests.Configuration;

/// <summary><c>./build.sh --show-config</c> (what <c>automation :config</c> runs): every value with its origin.</summary>
public sealed class ShowConfigTests : IDisposable
{
    private const string Canary = "canary-token-5f3a9c";
    private readonly TestRepository _repo = new();

    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly string Configuration = "Debug";
        [Parameter] readonly int Workers = 4;
        [Parameter] readonly string[] Filters = [];
        [Parameter] readonly string Channel = "stable";
        [Parameter] readonly string? Feed = null;
        [Parameter, Secret] readonly string? ApiKey = null;

        Target Compile => _ => _.Executes(() => Trace.Record($"ran {Configuration} {Workers} {Filters.Length} {Channel} {Feed} {ApiKey}"));
    }

    public void Dispose() => _repo.Dispose();

    private BuildRun Run(params string[] args)
    {
        _repo.WriteFile(".machine/system.json", """{ "Channel": "system" }""");
        _repo.WriteFile(".machine/user.json", "{\n  \"Workers\": 2,\n  \"deploy\": {\n    \"Url\": \"http://user\",\n    \"Hosts\": [\"a\", \"b\"]\n  }\n}\n");
        _repo.WriteFile(".nuke/parameters.json", "{\n  \"$schema\": \"./build.schema.json\",\n  \"Configuration\": \"Release\",\n  \"deploy\": {\n    \"Hosts\": [\"c\"],\n    \"Password\": \"hunter2-hunter2\"\n  }\n}\n");
        _repo.WriteFile(".nuke/parameters.ci.json", """{ "Filters": ["unit", "fast"] }""");
        return BuildHarness.Run<Build>(new BuildOptions { Repository = _repo, Variables = new Dictionary<string, string> { ["API_KEY"] = Canary } }, ["--profile", "ci", "--feed", "https://feed", .. args]);
    }

    [Fact]
    public void Every_value_is_shown_with_the_file_or_variable_it_came_from()
    {
        var run = Run("--show-config");

        Assert.True(run.ExitCode == 0, run.Output);
        ExpectedFile.Match(run.Output.Replace(_repo.Root, "<repo>", StringComparison.Ordinal), "show-config");
    }

    [Fact]
    public void Secrets_never_appear_and_nothing_runs()
    {
        var run = Run("compile", "--show-config");

        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Output, StringComparison.Ordinal);
        Assert.Contains("environment variable API_KEY  api-key=***", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Trace, t => t.StartsWith("ran", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lists_the_layers_and_each_value_with_its_origin()
    {
        var run = Run("--show-config", "--json");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(run.Output);
        var layers = document.RootElement.GetProperty("layers").EnumerateArray().Select(l => $"{l.GetProperty("layer").GetString()} {l.GetProperty("exists").GetBoolean()}");
        Assert.Equal(["system True", "user True", "repository True", "profile True"], layers);
        var values = document.RootElement.GetProperty("values").EnumerateArray()
            .ToDictionary(v => v.GetProperty("key").GetString()!, v => (Value: v.GetProperty("value").GetString(), Origin: v.GetProperty("origin").GetString()));
        Assert.Equal(("2", ".machine/user.json:2"), values["workers"]);
        Assert.Equal(("Release", ".nuke/parameters.json:3"), values["configuration"]);
        Assert.Equal(("https://feed", "command line"), values["feed"]);
        Assert.Equal(("system", ".machine/system.json:1"), values["channel"]);
        Assert.Equal(("[\"c\"]", ".nuke/parameters.json:5"), values["deploy.Hosts"]);
        Assert.Equal(("http://user", ".machine/user.json:4"), values["deploy.Url"]);
    }
}
