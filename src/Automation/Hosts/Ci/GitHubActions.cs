using System.Text.Json;

namespace Automation;

/// <summary>
/// A build on GitHub Actions and what the run tells it (NUKE's <c>GitHubActions</c>, named after GitHub's
/// <c>GITHUB_*</c> variables): <c>GitHubActions.Instance?.RunNumber</c>, <c>Host is GitHubActions</c>. Generating a
/// workflow is <see cref="GitHubActionsAttribute"/>'s job.
/// </summary>
public sealed class GitHubActions : BuildHost
{
    internal GitHubActions(IReadOnlyDictionary<string, string> environment)
        : base(environment)
    {
    }

    /// <summary>The run this process belongs to; null when it does not run on GitHub Actions.</summary>
    public static new GitHubActions? Instance => From(ProcessVariables()) as GitHubActions;

    /// <inheritdoc/>
    public override string Name => "github-actions";

    /// <summary>The runner's home folder (<c>HOME</c>).</summary>
    public string Home => Text("HOME");

    /// <summary>The workflow's name (<c>GITHUB_WORKFLOW</c>).</summary>
    public string Workflow => Text("GITHUB_WORKFLOW");

    /// <summary>The running action's id (<c>GITHUB_ACTION</c>).</summary>
    public string Action => Text("GITHUB_ACTION");

    /// <summary>Who started the run (<c>GITHUB_ACTOR</c>).</summary>
    public string Actor => Text("GITHUB_ACTOR");

    /// <summary>The repository, <c>owner/name</c> (<c>GITHUB_REPOSITORY</c>).</summary>
    public string Repository => Text("GITHUB_REPOSITORY");

    /// <summary>The repository's owner (<c>GITHUB_REPOSITORY_OWNER</c>).</summary>
    public string RepositoryOwner => Text("GITHUB_REPOSITORY_OWNER");

    /// <summary>The event that started the run: <c>push</c>, <c>pull_request</c>… (<c>GITHUB_EVENT_NAME</c>).</summary>
    public string EventName => Text("GITHUB_EVENT_NAME");

    /// <summary>The file holding the event's payload (<c>GITHUB_EVENT_PATH</c>).</summary>
    public string EventPath => Text("GITHUB_EVENT_PATH");

    /// <summary>The checkout folder (<c>GITHUB_WORKSPACE</c>).</summary>
    public string Workspace => Text("GITHUB_WORKSPACE");

    /// <summary>The commit the run is for (<c>GITHUB_SHA</c>).</summary>
    public string Sha => Text("GITHUB_SHA");

    /// <summary>The ref the run is for: <c>refs/heads/main</c>, <c>refs/pull/7/merge</c> (<c>GITHUB_REF</c>).</summary>
    public string Ref => Text("GITHUB_REF");

    /// <summary>The short name of <see cref="Ref"/>: <c>main</c>, <c>7/merge</c> (<c>GITHUB_REF_NAME</c>).</summary>
    public string RefName => Text("GITHUB_REF_NAME");

    /// <summary>A pull request's source branch (<c>GITHUB_HEAD_REF</c>); empty for other events.</summary>
    public string HeadRef => Text("GITHUB_HEAD_REF");

    /// <summary>A pull request's target branch (<c>GITHUB_BASE_REF</c>); empty for other events.</summary>
    public string BaseRef => Text("GITHUB_BASE_REF");

    /// <summary><c>branch</c> or <c>tag</c> (<c>GITHUB_REF_TYPE</c>).</summary>
    public string RefType => Text("GITHUB_REF_TYPE");

    /// <summary>Which attempt of the run this is, from 1 (<c>GITHUB_RUN_ATTEMPT</c>).</summary>
    public long RunAttempt => Number("GITHUB_RUN_ATTEMPT");

    /// <summary>The run's number within the workflow (<c>GITHUB_RUN_NUMBER</c>).</summary>
    public long RunNumber => Number("GITHUB_RUN_NUMBER");

    /// <summary>The run's id, unique in the repository (<c>GITHUB_RUN_ID</c>).</summary>
    public long RunId => Number("GITHUB_RUN_ID");

    /// <summary>The GitHub server: <c>https://github.com</c> (<c>GITHUB_SERVER_URL</c>).</summary>
    public string ServerUrl => Text("GITHUB_SERVER_URL");

    /// <summary>The job's id in the workflow file (<c>GITHUB_JOB</c>).</summary>
    public string Job => Text("GITHUB_JOB");

    /// <summary>
    /// The run's token, when the workflow passes it as <c>GITHUB_TOKEN</c> (<see cref="GitHubActionsAttribute.EnableGitHubToken"/>
    /// does); null otherwise. Treat it as a secret: declare a <see cref="SecretAttribute"/> parameter for it to have it masked.
    /// </summary>
    public string? Token => Variable("GITHUB_TOKEN");

    /// <summary>
    /// Comments on an issue or pull request of this repository (NUKE's <c>GitHubActions.Instance.CreateComment(issue,
    /// text)</c>), through the GitHub API at <c>GITHUB_API_URL</c> (else https://api.github.com) with the run's
    /// <see cref="Token"/>. No message shows the token.
    /// </summary>
    /// <param name="issue">The issue's or pull request's number.</param>
    /// <param name="text">The comment, Markdown.</param>
    /// <exception cref="InvalidOperationException">The run has no <c>GITHUB_TOKEN</c>; the message says how to pass it.</exception>
    /// <exception cref="HttpRequestException">GitHub refused; the message names the status and GitHub's answer.</exception>
#pragma warning disable VSTHRD200 // Use "Async" suffix: NUKE's name, which builds call.
    public async Task CreateComment(int issue, string text)
#pragma warning restore VSTHRD200
    {
        ArgumentNullException.ThrowIfNull(text);
        var token = Token ?? throw new InvalidOperationException(
            "Commenting on GitHub needs the run's token as GITHUB_TOKEN: set EnableGitHubToken = true on [GitHubActions] (or give the step env GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}).");
        var api = (Variable("GITHUB_API_URL") ?? "https://api.github.com").TrimEnd('/');
        if (!Uri.TryCreate($"{api}/repos/{Repository}/issues/{issue}/comments", UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"GITHUB_API_URL '{api}' is not an address: unset it for github.com, or give the API's address (https://host/api/v3).");
        }

        using var client = new Tools.Chat.ChatClient("GitHub", token);
        await client.SendAsync(HttpMethod.Post, uri, Tools.Chat.ChatClient.JsonContent(new { body = text }), token).ConfigureAwait(false);
    }

    /// <summary>Whether the run is for a pull request (<c>pull_request</c> and <c>pull_request_target</c> events).</summary>
    public bool IsPullRequest => EventName is "pull_request" or "pull_request_target";

    /// <summary>The pull request's number, from <see cref="Ref"/> (<c>refs/pull/7/merge</c>); null for other events.</summary>
    public int? PullRequestNumber =>
        Ref.StartsWith("refs/pull/", StringComparison.Ordinal) && int.TryParse(Ref.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The file whose Markdown GitHub shows on the run's summary page (<c>GITHUB_STEP_SUMMARY</c>); null when not set.</summary>
    public AbsolutePath? StepSummaryFile => Variable("GITHUB_STEP_SUMMARY") is { } file ? AbsolutePath.Create(file) : null;

    /// <summary>The event's payload (<see cref="EventPath"/>), parsed; null when there is none.</summary>
    public JsonDocument? GitHubEvent => Variable("GITHUB_EVENT_PATH") is { } path && File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)) : null;
}
