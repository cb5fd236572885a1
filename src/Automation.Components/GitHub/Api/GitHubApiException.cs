using System.Net;

namespace Automation.Components;

/// <summary>A GitHub REST API call failed for good: the message says what was attempted, on which repository, and what to check.</summary>
internal sealed class GitHubApiException : Exception
{
    public GitHubApiException(string message, HttpStatusCode? statusCode = null, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public GitHubApiException()
    {
    }

    public GitHubApiException(string message)
        : base(message)
    {
    }

    public GitHubApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The HTTP status, or null when no response came.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The first validation error code (<c>already_exists</c>), when GitHub gave one.</summary>
    public string? ErrorCode { get; }
}
