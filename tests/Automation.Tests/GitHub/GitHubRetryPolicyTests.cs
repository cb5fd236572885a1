using System.Net;
using System.Net.Http.Headers;
using Automation.GitHub;

namespace Automation.Tests.GitHub;

public sealed class GitHubRetryPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly GitHubRetryPolicy _policy = new() { MaxAttempts = 4, FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5) };

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public void Server_errors_are_retried_with_exponential_backoff(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        var delays = Enumerable.Range(1, 3).Select(attempt => _policy.Decide(attempt, response, Now)).ToList();

        Assert.All(delays, d => Assert.True(d.Retry));
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], delays.Select(d => d.Delay));
    }

    [Fact]
    public void Backoff_is_capped() => Assert.Equal(TimeSpan.FromSeconds(5), _policy.Backoff(10));

    [Fact]
    public void Attempts_are_bounded()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        var decision = _policy.Decide(4, response, Now);

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
    public void Client_errors_are_final(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);

        Assert.False(_policy.Decide(1, response, Now).Retry);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public void A_secondary_rate_limit_waits_as_long_as_retry_after_says(HttpStatusCode status)
    {
        using var response = new HttpResponseMessage(status);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));

        var decision = _policy.Decide(1, response, Now);

        Assert.True(decision.Retry);
        Assert.Equal(TimeSpan.FromSeconds(7), decision.Delay);
        Assert.Contains("rate limited", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exhausted_primary_rate_limit_waits_until_the_reset()
    {
        using var response = RateLimited(resetIn: TimeSpan.FromSeconds(20));

        var decision = _policy.Decide(1, response, Now);

        Assert.True(decision.Retry);
        Assert.Equal(TimeSpan.FromSeconds(20), decision.Delay);
    }

    [Fact]
    public void A_rate_limit_resetting_later_than_the_build_waits_is_final_and_says_when()
    {
        using var response = RateLimited(resetIn: TimeSpan.FromMinutes(30));

        var decision = _policy.Decide(1, response, Now);

        Assert.False(decision.Retry);
        Assert.Equal("rate limit exhausted until 03:34:05 UTC, longer than the 60 s this build waits", decision.Reason);
    }

    [Fact]
    public void A_long_retry_after_on_a_server_error_falls_back_to_the_backoff()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(2));

        Assert.Equal(TimeSpan.FromSeconds(2), _policy.Decide(2, response, Now).Delay);
    }

    [Fact]
    public void A_plain_forbidden_with_remaining_quota_is_final()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.Add("x-ratelimit-remaining", "4999");

        Assert.False(_policy.Decide(1, response, Now).Retry);
    }

    [Fact]
    public void Network_failures_are_retried_until_the_attempts_run_out()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), _policy.DecideAfterNetworkFailure(1, "Connection refused").Delay);
        Assert.False(_policy.DecideAfterNetworkFailure(4, "Connection refused").Retry);
    }

    private static HttpResponseMessage RateLimited(TimeSpan resetIn)
    {
        var response = new HttpResponseMessage(HttpStatusCode.Forbidden);
        response.Headers.Add("x-ratelimit-remaining", "0");
        response.Headers.Add("x-ratelimit-reset", (Now + resetIn).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return response;
    }
}
