using Automation.Components;
using Octokit;

namespace Automation.Tests.Components.GitHub;

/// <summary>Every GitHub API use without its own configuration (NUKE's <c>GitHubTasks</c> default client,
/// <c>[LatestGitHubRelease]</c>) reaches the API at <c>GITHUB_API_URL</c> with <c>GITHUB_TOKEN</c> or <c>GH_TOKEN</c>.</summary>
public sealed class GitHubApiEnvironmentTests
{
    private const string Canary = "ghp_canary_environment_7b3e01";

    [Fact]
    public void GitHubTasks_default_client_asks_the_enterprise_server_GITHUB_API_URL_names()
    {
        var client = GitHubTasks.CreateDefault(new Dictionary<string, string> { ["GITHUB_API_URL"] = "https://ghe.example.com/api/v3", ["GITHUB_TOKEN"] = Canary });

        Assert.Equal(new Uri("https://ghe.example.com/api/v3/"), client.Connection.BaseAddress);
        Assert.Equal(Canary, client.Connection.Credentials.Password);
        Assert.Equal(AuthenticationType.Bearer, client.Connection.Credentials.AuthenticationType);
    }

    [Fact]
    public void GitHubTasks_default_client_without_variables_is_anonymous_on_github_com()
    {
        var client = GitHubTasks.CreateDefault(new Dictionary<string, string>());

        Assert.Equal(new Uri("https://api.github.com/"), client.Connection.BaseAddress);
        Assert.Equal(AuthenticationType.Anonymous, client.Connection.Credentials.AuthenticationType);
    }

    [Fact]
    public void GH_TOKEN_is_used_when_GITHUB_TOKEN_is_empty()
    {
        var api = GitHubApiEnvironment.From(new Dictionary<string, string> { ["GITHUB_TOKEN"] = " ", ["GH_TOKEN"] = Canary });

        Assert.Equal(Canary, api.Token);
        Assert.DoesNotContain(Canary, api.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_GITHUB_API_URL_that_is_no_http_url_names_the_variable_and_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GitHubTasks.CreateDefault(new Dictionary<string, string> { ["GITHUB_API_URL"] = "ghe.example.com", ["GITHUB_TOKEN"] = Canary }));

        Assert.Contains("GITHUB_API_URL is 'ghe.example.com', which is no http(s) URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://<host>/api/v3", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, error.Message, StringComparison.Ordinal);
    }
}
