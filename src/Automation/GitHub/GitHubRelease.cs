namespace Automation.GitHub;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>A release as the REST API returns it (the fields this client uses).</remarks>
public sealed record GitHubRelease
{
    /// <summary>The release's number in the API.</summary>
    public long Id { get; init; }

    /// <summary>The release's tag.</summary>
    public string TagName { get; init; } = string.Empty;

    /// <summary>The release's title.</summary>
    public string? Name { get; init; }

    /// <summary>The release notes (Markdown).</summary>
    public string? Body { get; init; }

    /// <summary>Whether it is marked as a pre-release.</summary>
    public bool Prerelease { get; init; }

    /// <summary>Whether it is an unpublished draft.</summary>
    public bool Draft { get; init; }

    /// <summary>The release's page, for people.</summary>
    public string HtmlUrl { get; init; } = string.Empty;

    /// <summary>An RFC 6570 template: <c>https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}</c>.</summary>
    public string UploadUrl { get; init; } = string.Empty;
}
