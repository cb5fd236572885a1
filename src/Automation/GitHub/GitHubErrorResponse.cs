namespace Automation.GitHub;

/// <summary>The body of a failed REST API call: <c>{"message": "Validation Failed", "errors": [{"code": "already_exists", ...}]}</c>.</summary>
internal sealed record GitHubErrorResponse
{
    public string? Message { get; init; }

    public IReadOnlyList<GitHubErrorDetail>? Errors { get; init; }
}
