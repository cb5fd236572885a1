using System.Net;
using Automation.GitHub;

namespace Automation.Tests.GitHub;

public sealed class GitHubClientTests
{
    private const string Token = "ghp_canary_unit_0123456789";
    private const string ReleaseJson = """{"id": 7, "tag_name": "v1.0.0", "html_url": "https://github.com/acme/sample/releases/tag/v1.0.0", "upload_url": "https://uploads.github.com/repos/acme/sample/releases/7/assets{?name,label}"}""";

    private static readonly GitHubRepository Sample = new("github.com", "acme", "sample");

    private readonly List<TimeSpan> _delays = [];
    private readonly List<string> _log = [];

    [Fact]
    public async Task A_server_error_is_retried_after_the_backoff_without_sleeping()
    {
        using var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.BadGateway), ScriptedHandler.Status(HttpStatusCode.OK, ReleaseJson));
        using var client = Client(handler);

        var release = await client.GetReleaseByTagAsync("v1.0.0", CancellationToken.None);

        Assert.Equal(7, release?.Id);
        Assert.Equal([TimeSpan.FromSeconds(1)], _delays);
        Assert.Equal(["502 Bad Gateway while reading release v1.0.0; retrying in 1 s (attempt 2 of 3)"], _log);
        Assert.All(handler.Requests, r => Assert.Equal("https://api.github.com/repos/acme/sample/releases/tags/v1.0.0", r.Uri.ToString()));
    }

    [Fact]
    public async Task A_missing_release_is_null()
    {
        using var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NotFound, """{"message": "Not Found"}"""));
        using var client = Client(handler);

        Assert.Null(await client.GetReleaseByTagAsync("v1.0.0", CancellationToken.None));
    }

    [Fact]
    public async Task Requests_carry_the_token_the_api_version_and_a_json_body()
    {
        var headers = new List<string>();
        using var handler = new ScriptedHandler(request =>
        {
            headers.Add(request.Headers.ToString());
            return ScriptedHandler.Status(HttpStatusCode.Created, ReleaseJson)(request);
        });
        using var client = Client(handler);

        await client.CreateReleaseAsync(new GitHubReleaseRequest { TagName = "v1.0.0", TargetCommitish = "abc", Name = "v1.0.0", Body = "notes", Prerelease = false, Draft = false }, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"Bearer {Token}", request.Authorization);
        Assert.Equal("""{"tag_name":"v1.0.0","target_commitish":"abc","name":"v1.0.0","body":"notes","prerelease":false,"draft":false}""", request.Body);
        Assert.Contains("X-GitHub-Api-Version: 2022-11-28", headers[0], StringComparison.Ordinal);
        Assert.Contains("Accept: application/vnd.github+json", headers[0], StringComparison.Ordinal);
        Assert.Contains("User-Agent: Automation/", headers[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_sends_only_what_changes()
    {
        using var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.OK, ReleaseJson));
        using var client = Client(handler);

        await client.UpdateReleaseAsync(7, new GitHubReleaseRequest { Name = "v1.0.0", Body = "notes", Prerelease = true }, CancellationToken.None);

        Assert.Equal("""{"name":"v1.0.0","body":"notes","prerelease":true}""", Assert.Single(handler.Requests).Body);
    }

    [Fact]
    public async Task A_rejected_token_says_which_parameter_to_check_and_never_shows_the_token()
    {
        using var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.Unauthorized, $$"""{"message": "Bad credentials for {{Token}}"}"""));
        using var client = Client(handler);

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => client.GetReleaseByTagAsync("v1.0.0", CancellationToken.None));

        Assert.StartsWith("GitHub token rejected while reading release v1.0.0 (401): check --github-token (or GITHUB_TOKEN).", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_repository_is_named()
    {
        using var handler = new ScriptedHandler(ScriptedHandler.Status(HttpStatusCode.NotFound, """{"message": "Not Found"}"""));
        using var client = Client(handler);

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => client.CreateReleaseAsync(new GitHubReleaseRequest { TagName = "v1.0.0" }, CancellationToken.None));

        Assert.Contains("Repository acme/sample not found at https://api.github.com/", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retries_stop_after_the_last_attempt_with_the_status_in_the_message()
    {
        using var handler = new ScriptedHandler([.. Enumerable.Repeat(ScriptedHandler.Status(HttpStatusCode.ServiceUnavailable), 3)]);
        using var client = Client(handler);

        var failure = await Assert.ThrowsAsync<GitHubApiException>(() => client.ListAssetsAsync(7, CancellationToken.None));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], _delays);
        Assert.Contains("503 Service Unavailable (gave up after 3 attempts)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_with_a_line_break_is_refused_without_quoting_it()
    {
        var failure = Assert.Throws<ArgumentException>(() => new GitHubClient(Sample, new GitHubClientOptions { ApiUrl = new Uri("https://api.github.com"), Token = Token + "\n" }));

        Assert.DoesNotContain(Token, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://uploads.github.com/repos/acme/sample/releases/7/assets{?name,label}", "Sample.Library.1.0.0.nupkg", "https://uploads.github.com/repos/acme/sample/releases/7/assets?name=Sample.Library.1.0.0.nupkg")]
    [InlineData("https://ghe.example.com/api/uploads/repos/acme/sample/releases/7/assets{?name,label}", "notes v1.md", "https://ghe.example.com/api/uploads/repos/acme/sample/releases/7/assets?name=notes%20v1.md")]
    public void The_upload_url_template_is_expanded_with_the_name(string template, string name, string expected) =>
        Assert.Equal(expected, GitHubClient.UploadUrl(template, name));

    [Theory]
    [InlineData("Sample.Library.1.0.0.nupkg", "application/octet-stream")]
    [InlineData("Sample.Library.1.0.0.snupkg", "application/octet-stream")]
    [InlineData("site.zip", "application/zip")]
    [InlineData("sbom.json", "application/json")]
    public void Assets_get_a_content_type_by_extension(string name, string expected) => Assert.Equal(expected, ReleaseAssetContentType.For(name));

    private GitHubClient Client(ScriptedHandler handler) => new(
        Sample,
        new GitHubClientOptions
        {
            ApiUrl = new Uri("https://api.github.com"),
            Token = Token,
            Retry = new GitHubRetryPolicy { MaxAttempts = 3 },
            Delay = (delay, _) =>
            {
                _delays.Add(delay);
                return Task.CompletedTask;
            },
            Log = _log.Add,
        },
        handler);
}
