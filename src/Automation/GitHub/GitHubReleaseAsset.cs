namespace Automation.GitHub;

/// <summary>A file attached to a release, as the REST API returns it (the fields this client uses).</summary>
internal sealed record GitHubReleaseAsset
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;

    public long Size { get; init; }

    public string? ContentType { get; init; }

    /// <summary><c>uploaded</c>, or <c>starter</c> when an upload broke off.</summary>
    public string? State { get; init; }

    public string? BrowserDownloadUrl { get; init; }
}
