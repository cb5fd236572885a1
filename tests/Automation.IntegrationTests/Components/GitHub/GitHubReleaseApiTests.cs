using System.Globalization;
using Automation.Components;
using Octokit;

namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>
/// The release calls over Octokit, in this process, against the GitHub API stand-in on 127.0.0.1: retries wait what the
/// policy decides (recorded, not slept), and every failure is one clear message without the token.
/// </summary>
public sealed class GitHubReleaseApiTests : IAsyncLifetime
{
    private const string Token = "ghp_canary_api_5e8d2c0b7a41";
    private static readonly GitHubRepository Sample = new("github.com", "acme", "sample");
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly List<TimeSpan> _delays = [];
    private readonly List<string> _log = [];
    private GitHubApiStandIn _gitHub = null!;

    public async Task InitializeAsync() => _gitHub = await GitHubApiStandIn.StartAsync(Token);

    public async Task DisposeAsync() => await _gitHub.DisposeAsync();

    [Fact]
    public async Task A_server_error_is_retried_after_the_backoff_without_sleeping()
    {
        _gitHub.AddRelease("v1.0.0", []);
        _gitHub.FailNext(502);
        using var api = Api();

        var release = await api.FindByTagAsync("v1.0.0", CancellationToken.None);

        Assert.Equal("v1.0.0", release?.TagName);
        Assert.Equal([TimeSpan.FromSeconds(1)], _delays);
        Assert.Equal(["502 Bad Gateway while reading release v1.0.0; retrying in 1 s (attempt 2 of 3)"], _log);
    }

    [Fact]
    public async Task An_exhausted_rate_limit_waits_until_its_reset()
    {
        _gitHub.AddRelease("v1.0.0", []);
        _gitHub.FailNext(403, RateLimitResetIn(TimeSpan.FromSeconds(20)), _ => "API rate limit exceeded for installation ID 1.");
        using var api = Api();

        Assert.NotNull(await api.FindByTagAsync("v1.0.0", CancellationToken.None));

        Assert.Equal([TimeSpan.FromSeconds(20)], _delays);
        Assert.Equal(["403 Forbidden, rate limited while reading release v1.0.0; retrying in 20 s (attempt 2 of 3)"], _log);
    }

    [Fact]
    public async Task A_rate_limit_resetting_later_than_the_build_waits_fails_at_once_saying_when()
    {
        _gitHub.FailNext(403, RateLimitResetIn(TimeSpan.FromMinutes(30)), _ => "API rate limit exceeded for installation ID 1.");
        using var api = Api();

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => api.FindByTagAsync("v1.0.0", CancellationToken.None));

        Assert.Equal("GitHub API rate limit hit while reading release v1.0.0 on acme/sample: rate limit exhausted until 03:34:05 UTC, longer than the 60 s this build waits. GitHub said: API rate limit exceeded for installation ID 1..", failure.Message);
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task Retries_stop_after_the_last_attempt_with_the_status_in_the_message()
    {
        var release = _gitHub.AddRelease("v1.0.0", []);
        for (var i = 0; i < 3; i++)
        {
            _gitHub.FailNext(503);
        }

        using var api = Api();

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => api.ListAssetsAsync(release.Id, CancellationToken.None));

        Assert.Equal(3, _gitHub.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _delays);
        Assert.Equal($"GitHub API failed while listing the assets of release {release.Id} on acme/sample: 503 Service Unavailable (gave up after 3 attempts). GitHub said: Injected failure.", failure.Message);
    }

    [Fact]
    public async Task A_missing_release_is_null()
    {
        using var api = Api();

        Assert.Null(await api.FindByTagAsync("v1.0.0", CancellationToken.None));
        Assert.Empty(_delays);
    }

    [Fact]
    public async Task A_missing_repository_is_named_with_the_api_url()
    {
        using var api = Api(new GitHubRepository("github.com", "acme", "missing"));

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => api.CreateAsync(new NewRelease("v1.0.0"), CancellationToken.None));

        Assert.Equal($"Repository acme/missing not found at {_gitHub.ApiUrl} while creating release v1.0.0 (404), or the token cannot see it. Check the origin remote, --github-api-url and the token's repository access. GitHub said: Not Found.", failure.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_retried_then_named()
    {
        var gone = _gitHub.ApiUrl;
        await _gitHub.DisposeAsync();
        using var api = Api(apiUrl: gone);

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => api.FindByTagAsync("v1.0.0", CancellationToken.None));

        Assert.StartsWith($"Could not reach the GitHub API at {gone} while reading release v1.0.0 on acme/sample: ", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith("(gave up after 3 attempts).", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, _delays.Count);
    }

    [Fact]
    public async Task The_token_never_reaches_a_message_even_when_the_server_echoes_it()
    {
        // A careless proxy's error page that quotes the request's Authorization header.
        _gitHub.FailNext(401, message: request => $"Bad credentials: {request.Headers.Authorization}");
        _gitHub.FailNext(500, message: request => $"Upstream failed for {request.Headers.Authorization}");
        _gitHub.FailNext(500, message: request => $"Upstream failed for {request.Headers.Authorization}");
        _gitHub.FailNext(500, message: request => $"Upstream failed for {request.Headers.Authorization}");
        using var api = Api();

        var rejected = await Assert.ThrowsAsync<GitHubApiException>(() => api.FindByTagAsync("v1.0.0", CancellationToken.None));
        var failed = await Assert.ThrowsAsync<GitHubApiException>(() => api.CreateAsync(new NewRelease("v1.0.0"), CancellationToken.None));

        Assert.Equal($"Bearer {Token}", _gitHub.Requests[0].Authorization);
        Assert.Equal("GitHub token rejected while reading release v1.0.0 (401): check --github-token (or GITHUB_TOKEN). GitHub said: Bad credentials: Bearer ***.", rejected.Message);
        Assert.Equal("GitHub API failed while creating release v1.0.0 on acme/sample: 500 Internal Server Error (gave up after 3 attempts). GitHub said: Upstream failed for Bearer ***.", failed.Message);
        foreach (var text in new[] { rejected.ToString(), failed.ToString(), string.Join('\n', _log) })
        {
            Assert.DoesNotContain("ghp_canary", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_token_with_a_line_break_is_refused_without_quoting_it()
    {
        var failure = Assert.Throws<ArgumentException>(() => new GitHubReleaseApi(Sample, new GitHubApiOptions { ApiUrl = _gitHub.ApiUrl, Token = Token + "\n" }));

        Assert.DoesNotContain(Token, failure.Message, StringComparison.Ordinal);
    }

    private static Action<Microsoft.AspNetCore.Http.HttpResponse> RateLimitResetIn(TimeSpan wait) => response =>
    {
        response.Headers["x-ratelimit-remaining"] = "0";
        response.Headers["x-ratelimit-reset"] = (Now + wait).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
    };

    private GitHubReleaseApi Api(GitHubRepository? repository = null, Uri? apiUrl = null) => new(
        repository ?? Sample,
        new GitHubApiOptions
        {
            ApiUrl = apiUrl ?? _gitHub.ApiUrl,
            Token = Token,
            Retry = new GitHubRetryPolicy { MaxAttempts = 3 },
            Time = new FixedClock(),
            Delay = (delay, _) =>
            {
                _delays.Add(delay);
                return Task.CompletedTask;
            },
            Log = _log.Add,
        });

    /// <summary>The clock rate-limit resets are measured from, stopped at <see cref="Now"/>.</summary>
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
