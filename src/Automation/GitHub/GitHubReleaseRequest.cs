namespace Automation.GitHub;

/// <summary>The body of a create (POST) or update (PATCH) release request; null fields are left out, so an update keeps them.</summary>
internal sealed record GitHubReleaseRequest
{
    public string? TagName { get; init; }

    /// <summary>The commit the tag is created on when it does not exist yet; ignored for an existing tag.</summary>
    public string? TargetCommitish { get; init; }

    public string? Name { get; init; }

    public string? Body { get; init; }

    public bool? Prerelease { get; init; }

    public bool? Draft { get; init; }
}
