using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>
/// A stand-in for the GitHub REST API's release endpoints on 127.0.0.1 (Kestrel, a free port), shaped like GitHub
/// Enterprise Server: the API under <c>/api/v3</c>, uploads under <c>/api/uploads</c>. It knows one repository,
/// <c>acme/sample</c>, keeps releases and assets in memory, pages asset lists with a <c>Link</c> header as GitHub does,
/// checks the bearer token, records every request, and can be told to fail the next requests (a 502, a rate limit) to
/// exercise retries. It mimics GitHub's answers, not its rules.
/// </summary>
public sealed class GitHubApiStandIn : IAsyncDisposable
{
    private const string ApiRoot = "/api/v3";
    private const string Repository = $"{ApiRoot}/repos/acme/sample";
    private const string Uploads = "/api/uploads/repos/acme/sample";

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<StandInRelease> _releases = [];
    private readonly List<JsonObject> _milestones = [];
    private readonly Queue<(int Status, Action<HttpResponse> Headers, Func<HttpRequest, string> Message)> _failures = new();
    private long _nextId = 100;

    private GitHubApiStandIn(string token)
    {
        Token = token;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(RecordAndCheckAsync);
        _app.MapGet($"{Repository}/releases/tags/{{tag}}", (string tag) => Find(r => r.TagName == tag) is { } release ? Json(release) : NotFound());
        _app.MapPost($"{Repository}/releases", CreateAsync);
        _app.MapMethods($"{Repository}/releases/{{id:long}}", ["PATCH"], UpdateAsync);
        _app.MapGet($"{Repository}/releases/{{id:long}}/assets", ListAssets);
        _app.MapDelete($"{Repository}/releases/assets/{{id:long}}", DeleteAsset);
        _app.MapPost($"{Uploads}/releases/{{id:long}}/assets", UploadAsync);
        _app.MapGet(Repository, () => Results.Json(new JsonObject { ["id"] = 1, ["name"] = "sample", ["full_name"] = "acme/sample", ["default_branch"] = DefaultBranch }));
        _app.MapGet($"{Repository}/releases", ListReleases);
        _app.MapGet($"{Repository}/milestones", ListMilestones);
        _app.MapPost($"{Repository}/milestones", CreateMilestoneAsync);
        _app.MapMethods($"{Repository}/milestones/{{number:int}}", ["PATCH"], UpdateMilestoneAsync);
        _app.MapFallback(NotFound);
    }

    /// <summary>The repository's default branch, as <c>GET /repos/acme/sample</c> answers it.</summary>
    public string DefaultBranch { get; set; } = "main";

    /// <summary>The only token accepted; any other gets 401 Bad credentials.</summary>
    public string Token { get; }

    /// <summary>The API root to pass as <c>--github-api-url</c>, as a user writes an Enterprise one: <c>http://127.0.0.1:port/api/v3</c>.</summary>
    public Uri ApiUrl { get; private set; } = null!;

    /// <summary>The server's root, where <c>upload_url</c> points.</summary>
    public Uri ServerUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => Snapshot(_requests);

    public IReadOnlyList<StandInRelease> Releases => Snapshot(_releases);

    public static async Task<GitHubApiStandIn> StartAsync(string token)
    {
        var standIn = new GitHubApiStandIn(token);
        await standIn._app.StartAsync();
        standIn.ServerUrl = new Uri(standIn._app.Urls.Single());
        standIn.ApiUrl = new Uri(standIn.ServerUrl, ApiRoot);
        return standIn;
    }

    /// <summary>Answers the next request with <paramref name="status"/> (and headers), before looking at it.</summary>
    /// <param name="status">The status to answer with.</param>
    /// <param name="headers">Sets headers on the answer (<c>Retry-After</c>, rate-limit headers).</param>
    /// <param name="message">The JSON body's <c>message</c>, made from the request (a careless proxy might echo its headers).</param>
    public void FailNext(int status, Action<HttpResponse>? headers = null, Func<HttpRequest, string>? message = null)
    {
        lock (_lock)
        {
            _failures.Enqueue((status, headers ?? (_ => { }), message ?? (_ => "Injected failure")));
        }
    }

    /// <summary>Adds a release as an earlier run (or a person) left it, with assets of the given names.</summary>
    public StandInRelease AddRelease(string tag, IEnumerable<string> assetNames)
    {
        lock (_lock)
        {
            var release = new StandInRelease { Id = _nextId++, TagName = tag, TargetCommitish = "main", Name = tag };
            release.Assets.AddRange(assetNames.Select(name => new StandInAsset(_nextId++, name, "application/octet-stream", [])));
            _releases.Add(release);
            return release;
        }
    }

    /// <summary>Adds a milestone as a person left it (open), with <paramref name="openIssues"/> open issues.</summary>
    public void AddMilestone(string title, int openIssues)
    {
        lock (_lock)
        {
            _milestones.Add(new JsonObject { ["number"] = _milestones.Count + 1, ["title"] = title, ["state"] = "open", ["open_issues"] = openIssues });
        }
    }

    /// <summary>The milestones' titles and states.</summary>
    public IReadOnlyList<(string Title, string State)> Milestones
    {
        get
        {
            lock (_lock)
            {
                return [.. _milestones.Select(m => ((string)m["title"]!, (string)m["state"]!))];
            }
        }
    }

    /// <summary>Forgets the recorded requests, so a test can look at one run's calls.</summary>
    public void ClearRequests()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task RecordAndCheckAsync(HttpContext context, RequestDelegate next)
    {
        // Buffered, so the endpoint can still read what was recorded.
        var buffer = new MemoryStream();
        context.Response.RegisterForDispose(buffer);
        await context.Request.Body.CopyToAsync(buffer);
        buffer.Position = 0;
        context.Request.Body = buffer;
        var body = Encoding.UTF8.GetString(buffer.ToArray());
        var authorization = context.Request.Headers.Authorization.ToString();
        (int Status, Action<HttpResponse> Headers, Func<HttpRequest, string> Message)? failure;
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(context.Request.Method, context.Request.Path, context.Request.QueryString.Value ?? string.Empty, context.Request.ContentType, authorization, body));
            failure = _failures.Count > 0 ? _failures.Dequeue() : null;
        }

        if (failure is var (status, headers, message))
        {
            headers(context.Response);
            await Results.Json(new JsonObject { ["message"] = message(context.Request) }, statusCode: status).ExecuteAsync(context);
        }
        else if (authorization != $"Bearer {Token}")
        {
            await Results.Json(new JsonObject { ["message"] = "Bad credentials" }, statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
        }
        else
        {
            await next(context);
        }
    }

    private async Task<IResult> CreateAsync(HttpRequest request)
    {
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        var tag = (string)body["tag_name"]!;
        lock (_lock)
        {
            if (_releases.Any(r => r.TagName == tag))
            {
                return AlreadyExists("Release", "tag_name");
            }

            var release = new StandInRelease
            {
                Id = _nextId++,
                TagName = tag,
                TargetCommitish = (string?)body["target_commitish"] ?? "main",
                Name = (string?)body["name"],
                Body = (string?)body["body"],
                Prerelease = (bool?)body["prerelease"] ?? false,
            };
            _releases.Add(release);
            return Results.Json(release.ToJson(ServerUrl), statusCode: StatusCodes.Status201Created);
        }
    }

    private async Task<IResult> UpdateAsync(long id, HttpRequest request)
    {
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        if (Find(r => r.Id == id) is not { } release)
        {
            return NotFound();
        }

        lock (_lock)
        {
            release.Name = body.ContainsKey("name") ? (string?)body["name"] : release.Name;
            release.Body = body.ContainsKey("body") ? (string?)body["body"] : release.Body;
            release.Prerelease = (bool?)body["prerelease"] ?? release.Prerelease;
        }

        return Json(release);
    }

    // GitHub's paging: per_page (default 30, at most 100) and page, and a Link header naming the next and last pages.
    private IResult ListAssets(long id, HttpContext context, [FromQuery(Name = "per_page")] int? perPage, int? page)
    {
        if (Find(r => r.Id == id) is not { } release)
        {
            return NotFound();
        }

        var assets = Snapshot(release.Assets);
        var size = Math.Clamp(perPage ?? 30, 1, 100);
        var number = Math.Max(page ?? 1, 1);
        var last = Math.Max((assets.Count + size - 1) / size, 1);
        if (number < last)
        {
            var url = $"{ServerUrl.AbsoluteUri.TrimEnd('/')}{context.Request.Path}";
            context.Response.Headers.Link = $"<{url}?per_page={size}&page={number + 1}>; rel=\"next\", <{url}?per_page={size}&page={last}>; rel=\"last\"";
        }

        return Results.Json(new JsonArray([.. assets.Skip((number - 1) * size).Take(size).Select(a => (JsonNode)a.ToJson())]));
    }

    // GitHub lists releases newest first (the stand-in's newest is the last added); one page is enough here.
    private IResult ListReleases()
    {
        lock (_lock)
        {
            return Results.Json(new JsonArray([.. Enumerable.Reverse(_releases).Select(r => (JsonNode)r.ToJson(ServerUrl))]));
        }
    }

    private IResult ListMilestones([FromQuery] string? state)
    {
        lock (_lock)
        {
            var listed = _milestones.Where(m => state == "all" || (string)m["state"]! == (state ?? "open"));
            return Results.Json(new JsonArray([.. listed.Select(m => m.DeepClone())]));
        }
    }

    private async Task<IResult> CreateMilestoneAsync(HttpRequest request)
    {
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        lock (_lock)
        {
            var milestone = new JsonObject { ["number"] = _milestones.Count + 1, ["title"] = (string)body["title"]!, ["state"] = "open", ["open_issues"] = 0 };
            _milestones.Add(milestone);
            return Results.Json(milestone.DeepClone(), statusCode: StatusCodes.Status201Created);
        }
    }

    private async Task<IResult> UpdateMilestoneAsync(int number, HttpRequest request)
    {
        var body = JsonNode.Parse(await new StreamReader(request.Body).ReadToEndAsync())!.AsObject();
        lock (_lock)
        {
            if (_milestones.FirstOrDefault(m => (int)m["number"]! == number) is not { } milestone)
            {
                return NotFound();
            }

            milestone["state"] = (string?)body["state"] ?? (string)milestone["state"]!;
            return Results.Json(milestone.DeepClone());
        }
    }

    private IResult DeleteAsset(long id)
    {
        lock (_lock)
        {
            return _releases.Any(r => r.Assets.RemoveAll(a => a.Id == id) > 0) ? Results.NoContent() : NotFound();
        }
    }

    private async Task<IResult> UploadAsync(long id, string name, HttpRequest request)
    {
        using var content = new MemoryStream();
        await request.Body.CopyToAsync(content);
        lock (_lock)
        {
            if (_releases.FirstOrDefault(r => r.Id == id) is not { } release)
            {
                return NotFound();
            }

            if (release.Assets.Any(a => a.Name == name))
            {
                return AlreadyExists("ReleaseAsset", "name");
            }

            var asset = new StandInAsset(_nextId++, name, request.ContentType ?? string.Empty, content.ToArray());
            release.Assets.Add(asset);
            return Results.Json(asset.ToJson(), statusCode: StatusCodes.Status201Created);
        }
    }

    private StandInRelease? Find(Func<StandInRelease, bool> predicate)
    {
        lock (_lock)
        {
            return _releases.FirstOrDefault(predicate);
        }
    }

    private IResult Json(StandInRelease release)
    {
        lock (_lock)
        {
            return Results.Json(release.ToJson(ServerUrl));
        }
    }

    private List<T> Snapshot<T>(List<T> items)
    {
        lock (_lock)
        {
            return [.. items];
        }
    }

    private static IResult NotFound() => Results.Json(new JsonObject { ["message"] = "Not Found" }, statusCode: StatusCodes.Status404NotFound);

    private static IResult AlreadyExists(string resource, string field) => Results.Json(
        new JsonObject
        {
            ["message"] = "Validation Failed",
            ["errors"] = new JsonArray(new JsonObject { ["resource"] = resource, ["code"] = "already_exists", ["field"] = field }),
        },
        statusCode: StatusCodes.Status422UnprocessableEntity);
}
