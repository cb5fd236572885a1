using System.Diagnostics.CodeAnalysis;
using Automation.Components;
using Octokit;
using Octokit.Internal;

namespace Automation;

/// <summary>
/// NUKE's <c>GitHubTasks</c>: the Octokit client NUKE builds use for GitHub's API (<c>GitHubTasks.GitHubClient = new
/// GitHubClient(...) { Credentials = new Credentials(token) }</c>, then <c>GitHubTasks.GitHubClient.Repository.Release
/// .Create(...)</c>), and NUKE's helpers on <see cref="GitRepository"/> that call the API. For releases with assets,
/// retries and notes, the <c>IGitHubRelease</c> component does more.
/// </summary>
[SuppressMessage("Usage", "VSTHRD200:Use Async suffix for async methods", Justification = "NUKE's names, so ported builds compile.")]
public static class GitHubTasks
{
    private static readonly Lock Gate = new();

    // Octokit's own default for one request.
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    // Global on purpose, as in NUKE: builds assign the client once (in a target or a hook) and use it from others and
    // from static helpers, so an async-local would lose it. Guarded, as targets may run in parallel.
    private static GitHubClient? Current;

    /// <summary>
    /// The client; by default one for the API at <c>GITHUB_API_URL</c> (set on GitHub Enterprise Server runners; else
    /// github.com), authenticated with <c>GITHUB_TOKEN</c> (else <c>GH_TOKEN</c>) when set, anonymous otherwise.
    /// Assign your own (another host, other credentials) as NUKE builds do.
    /// </summary>
    public static GitHubClient GitHubClient
    {
        get
        {
            lock (Gate)
            {
                return Current ??= CreateDefault(EnvironmentInfo.Variables);
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (Gate)
            {
                Current = value;
            }
        }
    }

    /// <summary>The repository's default branch on GitHub.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static async Task<string> GetDefaultBranch(this GitRepository repository)
    {
        var found = await GitHubClient.Repository.Get(repository.GetGitHubOwner(), repository.GetGitHubName()).ConfigureAwait(false);
        return found.DefaultBranch;
    }

    /// <summary>The tag of the newest release (pre-releases only when <paramref name="includePrerelease"/>), without a leading <c>v</c> when <paramref name="trimPrefix"/>; null when there is none.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="includePrerelease">Whether pre-releases count.</param>
    /// <param name="trimPrefix">Whether to drop a leading <c>v</c>.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static async Task<string?> GetLatestRelease(this GitRepository repository, bool includePrerelease = false, bool trimPrefix = false)
    {
        var releases = await GitHubClient.Repository.Release.GetAll(repository.GetGitHubOwner(), repository.GetGitHubName()).ConfigureAwait(false);
        var tag = releases.Where(r => !r.Draft && (includePrerelease || !r.Prerelease)).Select(r => r.TagName).FirstOrDefault();
        return tag is not null && trimPrefix && tag.Length > 1 && tag[0] is 'v' or 'V' ? tag[1..] : tag;
    }

    /// <summary>The milestone titled <paramref name="name"/> (open or closed), or null.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="name">The milestone's title.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static async Task<Milestone?> GetGitHubMilestone(this GitRepository repository, string name)
    {
        var milestones = await GitHubClient.Issue.Milestone.GetAllForRepository(
            repository.GetGitHubOwner(), repository.GetGitHubName(), new MilestoneRequest { State = ItemStateFilter.All }).ConfigureAwait(false);
        return milestones.FirstOrDefault(m => m.Title == name);
    }

    /// <summary>The issues and pull requests of the milestone titled <paramref name="name"/>, open and closed (NUKE's <c>GetGitHubMilestoneIssues</c>).</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="name">The milestone's title.</param>
    /// <returns>The milestone's issues.</returns>
    /// <exception cref="InvalidOperationException">Not a GitHub repository, or no such milestone.</exception>
    public static async Task<IReadOnlyList<Issue>> GetGitHubMilestoneIssues(this GitRepository repository, string name)
    {
        var milestone = await repository.GetGitHubMilestone(name).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"GitHub repository {repository.Identifier} has no milestone '{name}'.");
        return await GitHubClient.Issue.GetAllForRepository(
            repository.GetGitHubOwner(),
            repository.GetGitHubName(),
            new RepositoryIssueRequest { State = ItemStateFilter.All, Milestone = milestone.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ConfigureAwait(false);
    }

    /// <summary>Creates the milestone titled <paramref name="title"/> unless it exists.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="title">The milestone's title.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static async Task TryCreateGitHubMilestone(this GitRepository repository, string title)
    {
        if (await repository.GetGitHubMilestone(title).ConfigureAwait(false) is null)
        {
            await repository.CreateGitHubMilestone(title).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the milestone titled <paramref name="title"/>.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="title">The milestone's title.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static Task CreateGitHubMilestone(this GitRepository repository, string title) =>
        GitHubClient.Issue.Milestone.Create(repository.GetGitHubOwner(), repository.GetGitHubName(), new NewMilestone(title));

    /// <summary>Closes the milestone titled <paramref name="title"/>; with <paramref name="enableIssueChecks"/>, only when it has no open issues.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="title">The milestone's title.</param>
    /// <param name="enableIssueChecks">Refuse to close a milestone with open issues.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository, no such milestone, or it has open issues.</exception>
    public static async Task CloseGitHubMilestone(this GitRepository repository, string title, bool enableIssueChecks = true)
    {
        var milestone = await repository.GetGitHubMilestone(title).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"GitHub repository {repository.Identifier} has no milestone '{title}': create it first (TryCreateGitHubMilestone).");
        if (enableIssueChecks && milestone.OpenIssues > 0)
        {
            throw new InvalidOperationException($"Milestone '{title}' has {milestone.OpenIssues} open issues: close or move them, or pass enableIssueChecks: false.");
        }

        await GitHubClient.Issue.Milestone.Update(repository.GetGitHubOwner(), repository.GetGitHubName(), milestone.Number, new MilestoneUpdate { State = ItemState.Closed })
            .ConfigureAwait(false);
    }

    /// <summary>
    /// The default client for <paramref name="environment"/>: the API at <c>GITHUB_API_URL</c> (GitHub Enterprise
    /// Server runners set it; else github.com), with the token in <c>GITHUB_TOKEN</c> or <c>GH_TOKEN</c> when set.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>GITHUB_API_URL</c> is no http(s) URL.</exception>
    internal static GitHubClient CreateDefault(IReadOnlyDictionary<string, string> environment)
    {
        var (apiUrl, token) = GitHubApiEnvironment.From(environment);
        // Lives as long as the client, which lives as long as the process (or until a build assigns its own).
        var http = new HttpClientAdapter(HttpMessageHandlerFactory.CreateDefault);
        return new GitHubClient(GitHubConnection.Create(apiUrl, token, DefaultTimeout, http));
    }
}
