namespace Automation.GitHub;

/// <summary>A release as the REST API returns it (the fields this client uses).</summary>
internal sealed record GitHubRelease
{
    public long Id { get; init; }

    public string TagName { get; init; } = string.Empty;

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool Prerelease { get; init; }

    public bool Draft { get; init; }

    /// <summary>The release's page, for people.</summary>
    public string HtmlUrl { get; init; } = string.Empty;

    /// <summary>An RFC 6570 template: <c>https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}</c>.</summary>
    public string UploadUrl { get; init; } = string.Empty;
}
