using System.Globalization;
using System.Net;

namespace Automation.GitHub;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>
/// When a GitHub API call is worth repeating: server errors (500, 502, 503, 504) and network failures, with exponential
/// backoff; rate limits (429, or 403 with <c>Retry-After</c> or <c>x-ratelimit-remaining: 0</c>), after the wait
/// GitHub asks for, unless that wait is longer than <see cref="MaxRateLimitWait"/>. Everything else is final.
/// </remarks>
public sealed record GitHubRetryPolicy
{
    /// <summary>Tries in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after the first failure; it doubles with each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff between two tries.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait for a rate limit to reset; a build would rather fail clearly than hang for an hour.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The decision after <paramref name="attempt"/> (1-based) got <paramref name="response"/>.</summary>
    internal RetryDecision Decide(int attempt, HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = response.StatusCode;
        var reason = $"{(int)status} {response.ReasonPhrase ?? status.ToString()}";
        if (IsServerError(status))
        {
            // A maintenance window's Retry-After may be hours; then the backoff decides how long we keep trying.
            var retryAfter = RetryAfter(response, now);
            return Limited(attempt, retryAfter <= MaxRateLimitWait ? retryAfter.Value : Backoff(attempt), reason);
        }

        if (RateLimitWait(attempt, response, now) is not { } wait)
        {
            return RetryDecision.Stop(reason);
        }

        if (wait > MaxRateLimitWait)
        {
            var resetsAt = (now + wait).UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            return RetryDecision.Stop($"rate limit exhausted until {resetsAt} UTC, longer than the {MaxRateLimitWait.TotalSeconds:0} s this build waits");
        }

        return Limited(attempt, wait, $"{reason}, rate limited");
    }

    /// <summary>The decision after <paramref name="attempt"/> got no response at all (connection refused or reset, timeout).</summary>
    internal RetryDecision DecideAfterNetworkFailure(int attempt, string failure) => Limited(attempt, Backoff(attempt), failure);

    /// <summary>The exponential backoff after <paramref name="attempt"/>: <see cref="FirstDelay"/>, twice that, ..., at most <see cref="MaxDelay"/>.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
    }

    private RetryDecision Limited(int attempt, TimeSpan delay, string reason) =>
        attempt >= MaxAttempts ? RetryDecision.Stop($"{reason} (gave up after {attempt} attempts)") : RetryDecision.After(delay, reason);

    private static bool IsServerError(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    // Primary limits announce themselves with remaining 0 and a reset time; secondary limits with Retry-After.
    private TimeSpan? RateLimitWait(int attempt, HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (RetryAfter(response, now) is { } retryAfter)
        {
            return retryAfter;
        }

        if (Header(response, "x-ratelimit-remaining") == "0")
        {
            return long.TryParse(Header(response, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
                ? Max(DateTimeOffset.FromUnixTimeSeconds(reset) - now, TimeSpan.Zero)
                : Backoff(attempt);
        }

        return response.StatusCode == HttpStatusCode.TooManyRequests ? Backoff(attempt) : null;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => Max(delta, TimeSpan.Zero),
        { Date: { } date } => Max(date - now, TimeSpan.Zero),
        _ => null,
    };

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;
}
