namespace Automation.Components;

/// <summary>
/// The <c>github-release</c> target: creates or updates the GitHub release <c>v{SemVer}</c> of the repository the
/// <c>origin</c> remote names, on the checked-out commit, marked pre-release when the version has a pre-release tag,
/// with the version's <c>CHANGELOG.md</c> section (else the commit subjects since the previous tag) as notes and this
/// version's packages as assets. Running it again updates the release and replaces the assets; nothing is duplicated.
/// It needs <c>--github-token</c> (<c>GITHUB_TOKEN</c>): without one, the build stops before anything runs.
/// </summary>
public interface IGitHubRelease : IPack, IVersion
{
    /// <summary>A token allowed to write releases (<c>contents: write</c>). Never shown in any output.</summary>
    [Parameter("GitHub token allowed to write releases (contents: write); on GitHub Actions, secrets.GITHUB_TOKEN"), Secret]
    string? GitHubToken => ParameterValue<string>();

    /// <summary>The REST API root, for GitHub Enterprise Server (<c>https://host/api/v3</c>); null to derive it from <c>origin</c>.</summary>
    [Parameter("GitHub REST API root (default: https://api.github.com, or https://<host>/api/v3 when origin is on another host)")]
    string? GitHubApiUrl => ParameterValue<string>();

    /// <summary>Adjusts the release before it is published (title, notes, assets, retries).</summary>
    Configure<GitHubReleaseSettings> ReleaseSettings => s => s;

    /// <summary>Publishes the release.</summary>
    Target GitHubRelease => _ => _
        .Description("Create or update the GitHub release v<version>: notes from CHANGELOG.md or commits, packages as assets")
        .DependsOn<IPack>()
        .Requires(() => GitHubToken)
        .Executes(ctx => GitHubReleaseStep.RunAsync(ctx, this));
}
