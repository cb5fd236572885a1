namespace Automation.Components;

/// <summary>
/// NUKE's <c>ICreateGitHubRelease</c>: the <c>create-github-release</c> target creates the GitHub release
/// <see cref="Name"/> (its tag and title) of the repository <c>origin</c> names, on the checked-out commit, with the
/// notes of the changelog's latest section and <see cref="AssetFiles"/> attached. Running it again updates the release and
/// replaces same-named assets (NUKE fetched the existing release and uploaded again). For a release named after the
/// computed version with the packages attached, use <see cref="IGitHubRelease"/> instead.
/// </summary>
public interface ICreateGitHubRelease : IHazGitRepository, IHazChangelog
{
    /// <summary>The prefix of the token parameter's name, as NUKE's <c>[ParameterPrefix]</c>: <c>GitHubReleaseGitHubToken</c>.</summary>
    public const string GitHubRelease = nameof(GitHubRelease);

    /// <summary>A token allowed to write releases: <c>--github-release-github-token</c>, else the GitHub Actions run's <c>GITHUB_TOKEN</c>. Never shown in any output.</summary>
    [Parameter("GitHub token allowed to write releases (default on GitHub Actions: GITHUB_TOKEN)", Name = "github-release-github-token"), Secret]
    string? GitHubToken => ParameterValue<string>() ?? GitHubActions.Instance?.Token;

    /// <summary>The release's tag and title (NUKE's builds give the version: <c>string ICreateGitHubRelease.Name =&gt; GitVersion.MajorMinorPatch;</c>).</summary>
    string Name { get; }

    /// <summary>Whether the release is marked as a pre-release.</summary>
    bool Prerelease => false;

    /// <summary>Whether the release stays a draft (not visible to the public, no tag yet).</summary>
    bool Draft => false;

    /// <summary>The files attached to the release.</summary>
    IEnumerable<AbsolutePath> AssetFiles { get; }

    /// <summary>Creates or updates the release.</summary>
    Target CreateGitHubRelease => _ => _
        .Description("Create or update the GitHub release named by ICreateGitHubRelease.Name, with the changelog's notes")
        .Requires(() => GitHubToken)
        .Executes(async ctx =>
        {
            var origin = ctx.GitRemoteUrl("origin");
            var repository = GitHubRepository.TryParse(origin)
                ?? throw new InvalidOperationException(origin is null
                    ? "No 'origin' remote to name the GitHub repository: add one (git remote add origin https://github.com/<owner>/<repo>.git)."
                    : $"The 'origin' remote ({GitHubRepository.Redact(origin)}) does not name a GitHub repository as <host>/<owner>/<repo>.");
            var settings = NukeGitHubRelease.Settings(this, repository, ctx.GitCommit());
            await GitHubReleaseStep.PublishAsync(ctx, settings, repository, GitHubToken).ConfigureAwait(false);
        });
}
