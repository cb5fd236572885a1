using Octokit;

namespace Automation.Components;

/// <summary>
/// Turns Octokit's exception for a failed call into a message a build user can act on. Messages name the operation and
/// repository and never carry the token: only the status, GitHub's own message and validation details, and the
/// parameter to check (the token is also cut out of GitHub's text, in case a proxy echoed it).
/// </summary>
internal static class GitHubErrorMessages
{
    /// <param name="operation">What was attempted: <c>creating release v1.2.0</c>.</param>
    /// <param name="repository">The repository.</param>
    /// <param name="apiUrl">The API root that answered.</param>
    /// <param name="failure">Octokit's exception, whose type says what kind of failure it was.</param>
    /// <param name="reason">The retry policy's last reason (it says when retries were exhausted).</param>
    public static string Describe(string operation, GitHubRepository repository, Uri apiUrl, ApiException failure, string reason)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(failure);
        var said = failure.ApiError?.Message is { Length: > 0 } message ? $" GitHub said: {message}{Details(failure.ApiError)}." : string.Empty;
        return failure switch
        {
            AuthorizationException =>
                $"GitHub token rejected while {operation} (401): check --github-token (or GITHUB_TOKEN).{said}",
            NotFoundException =>
                $"Repository {repository.FullName} not found at {apiUrl} while {operation} (404), or the token cannot see it. Check the origin remote, --github-api-url and the token's repository access.{said}",
            _ when IsRateLimit(failure, reason) =>
                $"GitHub API rate limit hit while {operation} on {repository.FullName}: {reason}.{said}",
            ForbiddenException =>
                $"Forbidden while {operation} on {repository.FullName} (403): the token needs permission to write releases (contents: write).{said}",
            _ => $"GitHub API failed while {operation} on {repository.FullName}: {reason}.{said}",
        };
    }

    // Octokit names a 403's rate limits by the body's wording; a 429, or a limit told only by headers, the retry policy names.
    private static bool IsRateLimit(ApiException failure, string reason) =>
        failure is RateLimitExceededException or SecondaryRateLimitExceededException or AbuseException
        || reason.Contains("rate limit", StringComparison.Ordinal);

    private static string Details(ApiError error) =>
        error.Errors is { Count: > 0 } details
            ? $" ({string.Join("; ", details.Select(d => d.Message ?? string.Join(' ', new[] { d.Resource, d.Field, d.Code }.Where(p => p is not null))))})"
            : string.Empty;
}
