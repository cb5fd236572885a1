using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Automation.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static Automation.DiscordTasks;
using static Automation.MastodonTasks;
using static Automation.SlackTasks;

namespace Automation.IntegrationTests.Nuke;

/// <summary>
/// NUKE's chat tasks (<c>SlackTasks</c>, <c>DiscordTasks</c>, <c>MastodonTasks</c>) against stand-ins of the services'
/// endpoints, and GitHubActions.CreateComment against a GitHub API stand-in, over real HTTP on 127.0.0.1 (Kestrel): what
/// each service receives, and that a refused post names neither the webhook nor the token (a canary).
/// </summary>
public sealed class ChatTasksTests : IAsyncLifetime
{
    private const string Canary = "chat-canary-4b7d02e9aa1c";
    private readonly WebApplication _server;
    private readonly ConcurrentQueue<(string Path, string? Authorization, string Body)> _received = new();
    private readonly TempDirectory _directory = new("chat-tasks");

    public ChatTasksTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapPost("/services/T0/B0/{secret}", async (HttpRequest request, string secret) =>
        {
            var form = await request.ReadFormAsync();
            Record(request, form["payload"].ToString());
            return secret == Canary ? Results.Text("ok") : Results.Text($"invalid_token for {request.Path}", statusCode: 403);
        });
        _server.MapPost("/api/chat.postMessage", async (HttpRequest request) => await SlackApi(request, "1700000000.000100"));
        _server.MapPost("/api/chat.update", async (HttpRequest request) => await SlackApi(request, "1700000000.000100"));
        _server.MapPost("/api/webhooks/42/{secret}", async (HttpRequest request, string secret) =>
        {
            Record(request, await new StreamReader(request.Body).ReadToEndAsync());
            return secret == Canary ? Results.NoContent() : Results.Json(new { message = "Invalid Webhook Token", code = 50027 }, statusCode: 401);
        });
        _server.MapPost("/api/v2/media", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            var file = form.Files["file"]!;
            using var reader = new StreamReader(file.OpenReadStream());
            Record(request, $"{file.FileName}:{await reader.ReadToEndAsync()}");
            return Authorized(request) ? Results.Json(new { id = $"media-{_received.Count}" }) : Results.Json(new { error = "The access token is invalid" }, statusCode: 401);
        });
        _server.MapPost("/api/v1/statuses", async (HttpRequest request) =>
        {
            Record(request, await new StreamReader(request.Body).ReadToEndAsync());
            return Authorized(request) ? Results.Json(new { id = "1" }) : Results.Json(new { error = "The access token is invalid" }, statusCode: 401);
        });
        _server.MapPost("/api/v3/repos/owner/name/issues/{issue}/comments", async (HttpRequest request, int issue) =>
        {
            Record(request, $"{issue}:{request.Headers.UserAgent}:{await new StreamReader(request.Body).ReadToEndAsync()}");
            return Authorized(request) ? Results.Json(new { id = 1 }, statusCode: 201) : Results.Json(new { message = $"Bad credentials {request.Headers.Authorization}" }, statusCode: 401);
        });
        _server.MapFallback(() => Results.NotFound());
    }

    private string Url(string path) => $"{_server.Urls.First()}{path}";

    public Task InitializeAsync() => _server.StartAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Slack_receives_the_message_as_its_webhook_payload_and_a_refusal_hides_the_webhook()
    {
        await SendSlackMessageAsync(_ => _.SetText("NUKE 10.1.0 RELEASED!").AddAttachments(_ => _.SetColor("#00acc1").SetFooter("Powered by sponsors.")), Url($"/services/T0/B0/{Canary}"));
        SendSlackMessage(_ => _.SetText("again"), Url($"/services/T0/B0/{Canary}"));

        var payloads = _received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        Assert.Equal("NUKE 10.1.0 RELEASED!", (string?)payloads[0]["text"]);
        Assert.Equal("#00acc1", (string?)payloads[0]["attachments"]![0]!["color"]);
        Assert.Equal("again", (string?)payloads[1]["text"]);

        var wrong = Url($"/services/T0/B0/{Canary}-revoked");
        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => SendSlackMessageAsync(_ => _.SetText("x"), wrong));
        Assert.Contains("403", exception.Message, StringComparison.Ordinal);
        Assert.Contains("invalid_token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slacks_web_API_posts_with_the_token_then_updates_by_timestamp()
    {
        var timestamp = await SendOrUpdateSlackMessage(_ => _.SetChannel("#releases").SetText("Building"), Canary, Url("/api"));
        await SendOrUpdateSlackMessage(_ => _.SetChannel("#releases").SetText("Built").SetTimestamp(timestamp), Canary, Url("/api"));

        Assert.Equal("1700000000.000100", timestamp);
        Assert.Equal(["/api/chat.postMessage", "/api/chat.update"], _received.Select(r => r.Path));
        Assert.All(_received, r => Assert.Equal($"Bearer {Canary}", r.Authorization));
        Assert.Equal("Built", (string?)JsonNode.Parse(_received.Last().Body)!["text"]);

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => SendOrUpdateSlackMessage(_ => _.SetText("x"), Canary + "-revoked", Url("/api")));
        Assert.Contains("invalid_auth", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_receives_the_message_as_JSON_and_a_refusal_hides_the_webhook()
    {
        await SendDiscordMessageAsync(_ => _.SetContent("@everyone").AddEmbeds(_ => _.SetTitle("Released").SetColor(0x00ACC1).SetThumbnail(_ => _.SetUrl("https://example.org/t.png"))), Url($"/api/webhooks/42/{Canary}"));

        var message = JsonNode.Parse(_received.Single().Body)!;
        Assert.Equal("@everyone", (string?)message["content"]);
        Assert.Equal(0x00ACC1, (int)message["embeds"]![0]!["color"]!);
        Assert.Equal("https://example.org/t.png", (string?)message["embeds"]![0]!["thumbnail"]!["url"]);

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => SendDiscordMessageAsync(_ => _.SetContent("x"), Url($"/api/webhooks/42/{Canary}x")));
        Assert.Contains("Invalid Webhook Token", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mastodon_uploads_the_media_in_order_then_posts_the_status_with_their_ids()
    {
        var image = _directory.Write("release.png", "first image");
        var second = _directory.Write("second.png", "second image");

        await SendMastodonMessageAsync(_ => _.SetText("Check out 10.1.0").AddMediaFiles(image, second), Url("/any/path"), Canary);

        var received = _received.ToList();
        Assert.Equal(["/api/v2/media", "/api/v2/media", "/api/v1/statuses"], received.Select(r => r.Path));
        Assert.Equal(["release.png:first image", "second.png:second image"], received.Take(2).Select(r => r.Body));
        Assert.All(received, r => Assert.Equal($"Bearer {Canary}", r.Authorization));
        var status = JsonNode.Parse(received[2].Body)!;
        Assert.Equal("Check out 10.1.0", (string?)status["status"]);
        Assert.Equal(["media-1", "media-2"], status["media_ids"]!.AsArray().Select(id => (string?)id));

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => SendMastodonMessageAsync(_ => _.SetText("x"), Url(string.Empty), Canary + "-revoked"));
        Assert.Contains("401", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, exception.Message, StringComparison.Ordinal);
    }

    private bool Authorized(HttpRequest request) => request.Headers.Authorization == $"Bearer {Canary}";

    private void Record(HttpRequest request, string body) => _received.Enqueue((request.Path.Value!, request.Headers.Authorization.FirstOrDefault(), body));

    private async Task<IResult> SlackApi(HttpRequest request, string timestamp)
    {
        Record(request, await new StreamReader(request.Body).ReadToEndAsync());
        return Authorized(request) ? Results.Json(new { ok = true, ts = timestamp }) : Results.Json(new { ok = false, error = "invalid_auth" });
    }

    [Fact]
    public async Task A_comment_goes_to_the_issue_through_the_API_of_GITHUB_API_URL_and_a_refusal_hides_the_token()
    {
        GitHubActions Run(string token) => (GitHubActions)BuildHost.From(new Dictionary<string, string>
        {
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_REPOSITORY"] = "owner/name",
            ["GITHUB_API_URL"] = Url("/api/v3/"),
            ["GITHUB_TOKEN"] = token,
        })!;

        await Run(Canary).CreateComment(7, "Released in 10.1.0! 🎉");

        var (path, authorization, body) = _received.Single();
        Assert.Equal("/api/v3/repos/owner/name/issues/7/comments", path);
        Assert.Equal($"Bearer {Canary}", authorization);
        Assert.StartsWith("7:Automation", body, StringComparison.Ordinal);
        Assert.Equal("Released in 10.1.0! 🎉", (string?)JsonNode.Parse(body[(body.IndexOf(':', 2) + 1)..])!["body"]);

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => Run(Canary + "-revoked").CreateComment(7, "x"));
        Assert.Contains("401", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Bad credentials", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, exception.Message, StringComparison.Ordinal);

        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => ((GitHubActions)BuildHost.From(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" })!).CreateComment(7, "x"));
        Assert.Contains("EnableGitHubToken", missing.Message, StringComparison.Ordinal);
    }
}
