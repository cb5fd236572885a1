using Automation.Tests.Parameters;
using Automation.Tests.Support;

namespace Automation.Tests.Configuration;

/// <summary>Parameter layers, lowest first: initializer; system file; user file; .nuke/parameters.json; profiles;
/// --config-file; environment; command line. Each test puts a value in two adjacent layers and sees the higher win.</summary>
public sealed class ConfigurationLayerPrecedenceTests : IDisposable
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

    private void Json(string relativePath, string value) => _repo.WriteFile(relativePath, $$"""{ "MyParam": "{{value}}" }""");

    [Fact]
    public void System_file_over_initializer()
    {
        Json(".machine/system.json", "system");

        Assert.Equal("system", Value());
    }

    [Fact]
    public void User_file_over_system_file()
    {
        Json(".machine/system.json", "system");
        Json(".machine/user.json", "user");

        Assert.Equal("user", Value());
    }

    [Fact]
    public void Repository_file_over_user_file()
    {
        Json(".machine/user.json", "user");
        Json(".nuke/parameters.json", "repository");

        Assert.Equal("repository", Value());
    }

    [Fact]
    public void Profile_over_repository_file()
    {
        Json(".nuke/parameters.json", "repository");
        Json(".nuke/parameters.ci.json", "profile");

        Assert.Equal("profile", Value(null, "--profile", "ci"));
    }

    [Fact]
    public void Runtime_file_over_profile()
    {
        Json(".nuke/parameters.ci.json", "profile");
        Json("run/override.json", "runtime");

        Assert.Equal("runtime", Value(null, "--profile", "ci", "--config-file", "run/override.json"));
    }

    [Fact]
    public void Environment_over_runtime_file()
    {
        Json("run/override.json", "runtime");

        Assert.Equal("environment", Value(new() { ["MY_PARAM"] = "environment" }, "--config-file", "run/override.json"));
    }

    [Fact]
    public void Command_line_over_environment()
    {
        Json("run/override.json", "runtime");

        Assert.Equal("command-line", Value(new() { ["MY_PARAM"] = "environment" }, "--config-file", "run/override.json", "--my-param", "command-line"));
    }

    [Fact]
    public void A_runtime_file_path_is_relative_to_the_working_directory()
    {
        Json("sub/dir/override.json", "runtime");
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
