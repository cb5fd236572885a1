namespace Automation.GitHub;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>Where and as whom <see cref="GitHubClient"/> calls, how it retries, and where it reports retries.</remarks>
public sealed record GitHubClientOptions
{
    /// <summary>The REST API root: <c>https://api.github.com</c>, or <c>https://host/api/v3</c> for GitHub Enterprise Server.</summary>
    public required Uri ApiUrl { get; init; }

    /// <summary>The token sent as <c>Authorization: Bearer</c>. Never put in a message.</summary>
    public required string Token { get; init; }

    /// <summary>When a failed call is tried again.</summary>
    public GitHubRetryPolicy Retry { get; init; } = new();

    /// <summary>Waits between tries; tests replace it so they do not sleep.</summary>
    public Func<TimeSpan, CancellationToken, Task> Delay { get; init; } = Task.Delay;

    /// <summary>The clock rate-limit resets are compared with.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Receives one line per retry (<c>502 Bad Gateway while creating release v1.0.0; retrying in 2 s</c>).</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>How long one call may take, uploads included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
