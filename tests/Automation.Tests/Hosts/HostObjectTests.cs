namespace Automation.Tests.Hosts;

public class HostObjectTests
{
    private static Dictionary<string, string> GitHubPullRequest() => new(StringComparer.Ordinal)
    {
        ["GITHUB_ACTIONS"] = "true",
        ["GITHUB_RUN_ID"] = "9876543210",
        ["GITHUB_RUN_NUMBER"] = "42",
        ["GITHUB_REF"] = "refs/pull/17/merge",
        ["GITHUB_SHA"] = "0123abcd",
        ["GITHUB_REPOSITORY"] = "octo/app",
        ["GITHUB_REPOSITORY_OWNER"] = "octo",
        ["GITHUB_EVENT_NAME"] = "pull_request",
        ["GITHUB_SERVER_URL"] = "https://github.com",
        ["GITHUB_WORKFLOW"] = "ci",
        ["GITHUB_JOB"] = "test",
    };

    [Fact]
    public void On_github_actions_the_host_is_a_GitHubActions_with_the_runs_values()
    {
        var host = BuildHost.From(GitHubPullRequest());

        var gitHub = Assert.IsType<GitHubActions>(host);
        Assert.Equal((9876543210L, 42L, "refs/pull/17/merge", "0123abcd"), (gitHub.RunId, gitHub.RunNumber, gitHub.Ref, gitHub.Sha));
        Assert.Equal(("octo/app", "octo", "ci", "test", "https://github.com"), (gitHub.Repository, gitHub.RepositoryOwner, gitHub.Workflow, gitHub.Job, gitHub.ServerUrl));
        Assert.True(gitHub.IsPullRequest);
        Assert.Equal(17, gitHub.PullRequestNumber);
        Assert.Null(gitHub.Token);
    }

    [Fact]
    public void A_push_is_not_a_pull_request_and_has_no_pull_request_number()
    {
        var environment = GitHubPullRequest();
        environment["GITHUB_EVENT_NAME"] = "push";
        environment["GITHUB_REF"] = "refs/heads/main";

        var gitHub = (GitHubActions)BuildHost.From(environment)!;

        Assert.False(gitHub.IsPullRequest);
        Assert.Null(gitHub.PullRequestNumber);
    }

    [Theory]
    [InlineData("TF_BUILD", "True", typeof(AzurePipelines))]
    [InlineData("GITLAB_CI", "true", typeof(GitLab))]
    [InlineData("TEAMCITY_VERSION", "2024.1", typeof(TeamCity))]
    [InlineData("APPVEYOR", "True", typeof(AppVeyor))]
    public void Each_ci_system_has_its_host_object(string variable, string value, Type expected)
    {
        Assert.IsType(expected, BuildHost.From(new Dictionary<string, string> { [variable] = value }));
    }

    [Fact]
    public void A_developer_machine_has_the_terminal_host_object()
    {
        Assert.IsType<Terminal>(BuildHost.From(new Dictionary<string, string> { ["TERM"] = "xterm" }));
        Assert.Equal("terminal", BuildHost.From(new Dictionary<string, string>())!.Name);
    }

    [Fact]
    public void An_unknown_ci_system_has_no_host_object()
    {
        Assert.Null(BuildHost.From(new Dictionary<string, string> { ["JENKINS_URL"] = "http://ci" }));
        Assert.Null(BuildHost.From(new Dictionary<string, string> { ["CI"] = "true" }));
    }

    [Fact]
    public void Azure_and_gitlab_values_come_from_their_variables_and_missing_numbers_are_zero()
    {
        var azure = (AzurePipelines)BuildHost.From(new Dictionary<string, string> { ["TF_BUILD"] = "True", ["BUILD_BUILDID"] = "7", ["BUILD_SOURCEBRANCH"] = "refs/heads/main", ["SYSTEM_PULLREQUEST_PULLREQUESTID"] = "5" })!;
        var gitLab = (GitLab)BuildHost.From(new Dictionary<string, string> { ["GITLAB_CI"] = "true", ["CI_COMMIT_REF_NAME"] = "main" })!;

        Assert.Equal((7L, "refs/heads/main", 5L), (azure.BuildId, azure.SourceBranch, azure.PullRequestId));
        Assert.Equal(("main", 0L, null), (gitLab.CommitRefName, gitLab.PipelineId, gitLab.CommitTag));
    }
}
