using System.Globalization;
using System.Net;
using Automation.Components;

namespace Automation.Tests.Components.GitHub;

public sealed class GitHubRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly Dictionary<string, string> NoHeaders = [];

    private readonly GitHubRetryPolicy _policy = new() { MaxAttempts = 4, FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5) };

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, "500 Internal Server Error")]
    [InlineData(HttpStatusCode.BadGateway, "502 Bad Gateway")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "503 Service Unavailable")]
    [InlineData(HttpStatusCode.GatewayTimeout, "504 Gateway Timeout")]
    public void Server_errors_are_retried_with_exponential_backoff(HttpStatusCode status, string reason)
    {
        var delays = Enumerable.Range(1, 3).Select(attempt => _policy.Decide(attempt, status, NoHeaders, Now)).ToList();

        Assert.All(delays, d => Assert.True(d.Retry));
        Assert.All(delays, d => Assert.Equal(reason, d.Reason));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays.Select(d => d.Delay));
    }

    [Fact]
    public void Backoff_is_capped() => Assert.Equal(TimeSpan.FromSeconds(5), _policy.Backoff(10));

    [Fact]
    public void Attempts_are_bounded()
    {
        var decision = _policy.Decide(4, HttpStatusCode.BadGateway, NoHeaders, Now);

        Assert.False(decision.Retry);
        Assert.Contains("gave up after 4 attempts", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData(HttpStatusCode.NotImplemented)]
    public void Client_errors_are_final(HttpStatusCode status) => Assert.False(_policy.Decide(1, status, NoHeaders, Now).Retry);

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "Retry-After")]
    [InlineData(HttpStatusCode.TooManyRequests, "retry-after")]
    public void A_secondary_rate_limit_waits_as_long_as_retry_after_says_whatever_the_header_case(HttpStatusCode status, string header)
    {
        var decision = _policy.Decide(1, status, new Dictionary<string, string> { [header] = "7" }, Now);

        Assert.True(decision.Retry);
        Assert.Equal(TimeSpan.FromSeconds(7), decision.Delay);
        Assert.Contains("rate limited", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_after_may_be_a_date()
    {
        var headers = new Dictionary<string, string> { ["Retry-After"] = (Now + TimeSpan.FromSeconds(12)).ToString("r", CultureInfo.InvariantCulture) };

        Assert.Equal(TimeSpan.FromSeconds(12), _policy.Decide(1, HttpStatusCode.TooManyRequests, headers, Now).Delay);
    }

    [Fact]
    public void An_exhausted_primary_rate_limit_waits_until_the_reset()
    {
        var decision = _policy.Decide(1, HttpStatusCode.Forbidden, RateLimited(resetIn: TimeSpan.FromSeconds(20)), Now);

        Assert.True(decision.Retry);
        Assert.Equal(TimeSpan.FromSeconds(20), decision.Delay);
    }

    [Fact]
    public void A_rate_limit_resetting_later_than_the_build_waits_is_final_and_says_when()
    {
        var decision = _policy.Decide(1, HttpStatusCode.Forbidden, RateLimited(resetIn: TimeSpan.FromMinutes(30)), Now);

        Assert.False(decision.Retry);
        Assert.Equal("rate limit exhausted until 03:34:05 UTC, longer than the 60 s this build waits", decision.Reason);
    }

    [Fact]
    public void A_long_retry_after_on_a_server_error_falls_back_to_the_backoff() =>
        Assert.Equal(TimeSpan.FromSeconds(2), _policy.Decide(2, HttpStatusCode.ServiceUnavailable, new Dictionary<string, string> { ["Retry-After"] = "7200" }, Now).Delay);

    [Fact]
    public void A_plain_forbidden_with_remaining_quota_is_final() =>
        Assert.False(_policy.Decide(1, HttpStatusCode.Forbidden, new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "4999" }, Now).Retry);

    [Fact]
    public void Network_failures_are_retried_until_the_attempts_run_out()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), _policy.DecideAfterNetworkFailure(1, "Connection refused").Delay);
        Assert.False(_policy.DecideAfterNetworkFailure(4, "Connection refused").Retry);
    }

    // As GitHub writes them: lower case.
    private static Dictionary<string, string> RateLimited(TimeSpan resetIn) => new()
    {
        ["x-ratelimit-remaining"] = "0",
        ["x-ratelimit-reset"] = (Now + resetIn).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
    };
}
