using System.Globalization;
using System.Net;

namespace Automation.Components;

/// <summary>
/// When a GitHub API call is worth repeating: server errors (500, 502, 503, 504) and network failures, with exponential
/// backoff; rate limits (429, or 403 with <c>Retry-After</c> or <c>x-ratelimit-remaining: 0</c>), after the wait
/// GitHub asks for, unless that wait is longer than <see cref="MaxRateLimitWait"/>. Everything else is final.
/// </summary>
internal sealed record GitHubRetryPolicy
{
    /// <summary>Tries in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>The wait after the first failure; it doubles with each further one.</summary>
    public TimeSpan FirstDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff between two tries.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait for a rate limit to reset; a build would rather fail clearly than hang for an hour.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The decision after <paramref name="attempt"/> (1-based) was answered with <paramref name="status"/>.</summary>
    /// <param name="attempt">The try that failed, from 1.</param>
    /// <param name="status">The answer's status.</param>
    /// <param name="headers">The answer's headers, names in any case (Octokit keeps them as the server wrote them).</param>
    /// <param name="now">The time the waits GitHub asks for are measured from.</param>
    public RetryDecision Decide(int attempt, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var reason = $"{(int)status} {ReasonPhrase(status)}";
        if (IsServerError(status))
        {
            // A maintenance window's Retry-After may be hours; then the backoff decides how long we keep trying.
            var retryAfter = RetryAfter(headers, now);
            return Limited(attempt, retryAfter <= MaxRateLimitWait ? retryAfter.Value : Backoff(attempt), reason);
        }

        if (RateLimitWait(attempt, status, headers, now) is not { } wait)
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
    public RetryDecision DecideAfterNetworkFailure(int attempt, string failure) => Limited(attempt, Backoff(attempt), failure);

    /// <summary>The exponential backoff after <paramref name="attempt"/>: <see cref="FirstDelay"/>, twice that, ..., at most <see cref="MaxDelay"/>.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
    }

    private RetryDecision Limited(int attempt, TimeSpan delay, string reason) =>
        attempt >= MaxAttempts ? RetryDecision.Stop($"{reason} (gave up after {attempt} attempts)") : RetryDecision.After(delay, reason);

    private static bool IsServerError(HttpStatusCode status) =>
        status is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    // Primary limits announce themselves with remaining 0 and a reset time; secondary limits with Retry-After.
    private TimeSpan? RateLimitWait(int attempt, HttpStatusCode status, IReadOnlyDictionary<string, string> headers, DateTimeOffset now)
    {
        if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests))
        {
            return null;
        }

        if (RetryAfter(headers, now) is { } retryAfter)
        {
            return retryAfter;
        }

        if (Header(headers, "x-ratelimit-remaining") == "0")
        {
            return long.TryParse(Header(headers, "x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset)
                ? Max(DateTimeOffset.FromUnixTimeSeconds(reset) - now, TimeSpan.Zero)
                : Backoff(attempt);
        }

        return status == HttpStatusCode.TooManyRequests ? Backoff(attempt) : null;
    }

    // Retry-After is either seconds or an HTTP date (RFC 9110, 10.2.3).
    private static TimeSpan? RetryAfter(IReadOnlyDictionary<string, string> headers, DateTimeOffset now) => Header(headers, "Retry-After") switch
    {
        { } value when long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) => TimeSpan.FromSeconds(seconds),
        { } value when DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) => Max(date - now, TimeSpan.Zero),
        _ => null,
    };

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.Trim();

    // Octokit keeps no reason phrase; the status's name, in words, reads the same: "Bad Gateway", "Too Many Requests".
    private static string ReasonPhrase(HttpStatusCode status) =>
        Enum.IsDefined(status) ? string.Concat(status.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? $" {c}" : $"{c}")) : "Error";

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;
}
