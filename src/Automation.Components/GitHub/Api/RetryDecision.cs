namespace Automation.Components;

/// <summary>Whether to send a request again, after how long, and why (for the log line or the final error).</summary>
/// <param name="Retry">Whether to try again.</param>
/// <param name="Delay">How long to wait first.</param>
/// <param name="Reason">Why, in words: <c>502 Bad Gateway</c>, <c>rate limit exhausted until 10:15:00 UTC</c>.</param>
internal readonly record struct RetryDecision(bool Retry, TimeSpan Delay, string Reason)
{
    public static RetryDecision Stop(string reason) => new(false, TimeSpan.Zero, reason);

    public static RetryDecision After(TimeSpan delay, string reason) => new(true, delay, reason);
}
