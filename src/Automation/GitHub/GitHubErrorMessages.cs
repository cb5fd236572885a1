using System.Net;

namespace Automation.GitHub;

/// <summary>
/// Turns a failed call into a message a build user can act on. Messages name the operation and repository and never
/// carry the token (only the status, GitHub's own message, and the parameter to check).
/// </summary>
internal static class GitHubErrorMessages
{
    /// <param name="operation">What was attempted: <c>creating release v1.2.0</c>.</param>
    /// <param name="repository">The repository.</param>
    /// <param name="apiUrl">The API root that answered.</param>
    /// <param name="status">The final status.</param>
    /// <param name="reason">The retry policy's last reason (it says when retries were exhausted).</param>
    /// <param name="error">GitHub's error body, when it could be read.</param>
    public static string Describe(string operation, GitHubRepository repository, Uri apiUrl, HttpStatusCode status, string reason, GitHubErrorResponse? error)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var said = error?.Message is { Length: > 0 } message ? $" GitHub said: {message}{Details(error)}." : string.Empty;
        return status switch
        {
            HttpStatusCode.Unauthorized =>
                $"GitHub token rejected while {operation} (401): check --github-token (or GITHUB_TOKEN).{said}",
            HttpStatusCode.NotFound =>
                $"Repository {repository.FullName} not found at {apiUrl} while {operation} (404), or the token cannot see it. Check the origin remote, --github-api-url and the token's repository access.{said}",
            HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests when reason.Contains("rate limit", StringComparison.Ordinal) =>
                $"GitHub API rate limit hit while {operation} on {repository.FullName}: {reason}.{said}",
            HttpStatusCode.Forbidden =>
                $"Forbidden while {operation} on {repository.FullName} (403): the token needs permission to write releases (contents: write).{said}",
            _ => $"GitHub API failed while {operation} on {repository.FullName}: {reason}.{said}",
        };
    }

    private static string Details(GitHubErrorResponse error) =>
        error.Errors is { Count: > 0 } details
            ? $" ({string.Join("; ", details.Select(d => d.Message ?? string.Join(' ', new[] { d.Resource, d.Field, d.Code }.Where(p => p is not null))))})"
            : string.Empty;
}
