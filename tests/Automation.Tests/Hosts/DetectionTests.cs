using Automation.Hosts;
using Automation.Tests.Support;

namespace Automation.Tests.Hosts;

public sealed class DetectionTests
{
    public static TheoryData<string, string, string> CiVariables => new()
    {
        { "GITHUB_ACTIONS", "true", "github-actions" },
        { "TF_BUILD", "True", "azure-pipelines" },
        { "GITLAB_CI", "true", "gitlab" },
        { "TEAMCITY_VERSION", "2024.1", "teamcity" },
        { "JENKINS_URL", "http://j", "jenkins" },
        { "APPVEYOR", "True", "appveyor" },
        { "BITBUCKET_BUILD_NUMBER", "7", "bitbucket" },
        { "TRAVIS", "true", "travis" },
    };

    [Theory]
    [MemberData(nameof(CiVariables))]
    public void Each_ci_system_is_detected_by_its_own_variable_and_is_a_server_build(string name, string value, string host)
    {
        var environment = new Dictionary<string, string> { [name] = value };

        Assert.Equal(host, HostCatalog.Detect(environment));
        Assert.True(HostCatalog.IsServerBuild(environment));
    }

    [Fact]
    public void Detected_host_renders_the_build()
    {
        var run = BuildHarness.Run<SampleBuild>(new BuildOptions { Variables = new Dictionary<string, string> { ["TF_BUILD"] = "True" } }, "test");

        Assert.StartsWith("##[group]restore\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bare_environment_is_a_local_terminal()
    {
        var environment = new Dictionary<string, string> { ["PATH"] = "/usr/bin", ["CI"] = "false" };

        Assert.Equal("terminal", HostCatalog.Detect(environment));
        Assert.False(HostCatalog.IsServerBuild(environment));
        Assert.False(HostCatalog.IsServerBuild(new Dictionary<string, string>()));
        Assert.StartsWith("\n── restore ─", BuildHarness.Run<SampleBuild>("test").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_variable_alone_is_a_server_build_on_a_terminal_host()
    {
        var environment = new Dictionary<string, string> { ["CI"] = "true" };

        Assert.Equal("terminal", HostCatalog.Detect(environment));
        Assert.True(HostCatalog.IsServerBuild(environment));
    }

    [Theory]
    [InlineData("teamcity", "##teamcity[blockOpened name='restore']\n")]
    [InlineData("Azure_Pipelines", "##[group]restore\n")]
    [InlineData("terminal", "\n── restore ─")]
    public void Host_option_overrides_detection(string host, string start)
    {
        var options = new BuildOptions { Variables = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" } };

        var run = BuildHarness.Run<SampleBuild>(options, "--host", host, "test");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(start, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_host_is_a_usage_error_listing_the_known_hosts()
    {
        var run = BuildHarness.Run<SampleBuild>("--host", "foo", "test");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            "error: Unknown host 'foo'. Known hosts: github-actions, azure-pipelines, gitlab, teamcity, jenkins, appveyor, bitbucket, travis, terminal.\n",
            run.Output);
        Assert.Empty(run.Trace);
    }
}
