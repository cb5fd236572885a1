using Octokit;

namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>
/// NUKE's <c>GitHubTasks</c> over Octokit, against the GitHub API stand-in on 127.0.0.1, with the client a NUKE build
/// assigns (<c>GitHubTasks.GitHubClient = new GitHubClient(…, apiUrl) { Credentials = … }</c>). No other test of this
/// process assigns or reads that process-wide client.
/// </summary>
public sealed class GitHubTasksTests : IAsyncLifetime
{
    private const string Token = "ghp_canary_tasks_0b9f4e2a7c15";
    private static readonly GitRepository Sample = GitRepository.FromUrl("https://github.com/acme/sample");

    private GitHubApiStandIn _gitHub = null!;

    public async Task InitializeAsync()
    {
        _gitHub = await GitHubApiStandIn.StartAsync(Token);
        GitHubTasks.GitHubClient = new GitHubClient(new ProductHeaderValue("automation-tests"), _gitHub.ApiUrl) { Credentials = new Credentials(Token, AuthenticationType.Bearer) };
    }

    public async Task DisposeAsync() => await _gitHub.DisposeAsync();

    [Fact]
    public async Task The_latest_release_skips_prereleases_unless_asked_and_can_drop_the_v()
    {
        _gitHub.AddRelease("v1.0.0", []);
        _gitHub.AddRelease("v1.1.0", []);
        _gitHub.AddRelease("v1.2.0-beta.1", []).Prerelease = true;

        Assert.Equal("v1.1.0", await Sample.GetLatestRelease());
        Assert.Equal("1.1.0", await Sample.GetLatestRelease(trimPrefix: true));
        Assert.Equal("v1.2.0-beta.1", await Sample.GetLatestRelease(includePrerelease: true));
    }

    [Fact]
    public async Task The_default_branch_is_the_one_GitHub_names()
    {
        _gitHub.DefaultBranch = "develop";

        Assert.Equal("develop", await Sample.GetDefaultBranch());
    }

    [Fact]
    public async Task A_milestone_is_created_once_and_closed_only_without_open_issues()
    {
        _gitHub.AddMilestone("1.0.0", openIssues: 2);

        await Sample.TryCreateGitHubMilestone("1.1.0");
        await Sample.TryCreateGitHubMilestone("1.1.0");
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Sample.CloseGitHubMilestone("1.0.0"));
        await Sample.CloseGitHubMilestone("1.1.0");

        Assert.Equal("Milestone '1.0.0' has 2 open issues: close or move them, or pass enableIssueChecks: false.", refused.Message);
        Assert.Equal([("1.0.0", "open"), ("1.1.0", "closed")], _gitHub.Milestones);
        Assert.Single(_gitHub.Requests, r => r.Method == "POST");
    }
}
