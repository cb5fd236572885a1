namespace Automation.Components;

/// <summary>
/// The release the <c>github-release</c> target publishes, as the component prepared it; adjust it with
/// <see cref="IGitHubRelease.ReleaseSettings"/>, e.g. <c>s =&gt; s with { Name = $"Sample {s.TagName}" }</c>.
/// </summary>
public sealed record GitHubReleaseSettings
{
    /// <summary>The repository as <c>owner/name</c>; by default the one the <c>origin</c> remote names.</summary>
    public required string Repository { get; init; }

    /// <summary>The REST API root: <c>--github-api-url</c>, else <c>https://api.github.com</c>, or <c>https://host/api/v3</c> when <c>origin</c> is on a GitHub Enterprise host.</summary>
    public required Uri ApiUrl { get; init; }

    /// <summary>The tag: <c>v</c> and the version's SemVer (<c>v1.2.0</c>, <c>v1.3.0-beta.2</c>). Created on <see cref="Commit"/> when missing.</summary>
    public required string TagName { get; init; }

    /// <summary>The commit a new tag points at: the checked-out commit.</summary>
    public required string Commit { get; init; }

    /// <summary>The release's title; by default the tag.</summary>
    public required string Name { get; init; }

    /// <summary>Markdown notes: the version's <c>CHANGELOG.md</c> section, else the commit subjects since the previous tag.</summary>
    public required string Notes { get; init; }

    /// <summary>Marked as a pre-release: by default when the version has a pre-release tag (<c>-beta.2</c>).</summary>
    public required bool Prerelease { get; init; }

    /// <summary>Kept as a draft (not public, its tag not created until it is published): false unless the build says so.</summary>
    public bool Draft { get; init; }

    /// <summary>Files attached to the release, replacing same-named ones: by default this version's packages in <see cref="IPack.PackagesDirectory"/>.</summary>
    public required IReadOnlyList<AbsolutePath> Assets { get; init; }

    /// <summary>Tries per API call (server errors, network failures and short rate limits are retried).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after a first failed try; it doubles with each further one (at most 30 s).</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
