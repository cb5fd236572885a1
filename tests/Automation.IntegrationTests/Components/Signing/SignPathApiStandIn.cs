using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Automation.IntegrationTests.Components.Signing;

/// <summary>
/// A SignPath API stand-in on 127.0.0.1 (Kestrel) with the endpoints NUKE's signing flow uses: the AppVeyor
/// integration creates a signing request (201 and its address in <c>Location</c>), the request is in progress on the
/// first look and completed on the next, and its signed artifact is a zip of the given packages, each with
/// <c> (signed)</c> appended. Organization <c>refuse</c> answers 403 and echoes the Authorization header (so a test
/// sees the token is cut out of messages); organization <c>broken</c> fails the artifact's download midway.
/// </summary>
public sealed class SignPathApiStandIn : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly ConcurrentDictionary<string, int> _looks = new(StringComparer.Ordinal);

    private SignPathApiStandIn(string token, IReadOnlyDictionary<string, string> packages)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapPost("/api/v1/{organization}/Integrations/AppVeyor", async (HttpRequest request, string organization) =>
        {
            Record(request, await new StreamReader(request.Body).ReadToEndAsync());
            if (organization == "refuse" || request.Headers.Authorization != $"Bearer {token}")
            {
                return Results.Json(new { error = $"Not allowed for {request.Headers.Authorization}" }, statusCode: 403);
            }

            return Results.Created($"/api/v1/{organization}/SigningRequests/req-1", null);
        });
        _server.MapGet("/api/v1/{organization}/SigningRequests/req-1", (HttpRequest request, string organization) =>
        {
            Record(request, string.Empty);
            var looks = _looks.AddOrUpdate(organization, 1, (_, n) => n + 1);
            return looks == 1
                ? Results.Json(new { status = "Processing" })
                : Results.Json(new { status = "Completed", signedArtifactLink = $"/api/v1/{organization}/SigningRequests/req-1/SignedArtifact" });
        });
        _server.MapGet("/api/v1/{organization}/SigningRequests/req-1/SignedArtifact", async (HttpContext context, string organization) =>
        {
            Record(context.Request, string.Empty);
            var zip = SignedZip(packages);
            context.Response.ContentType = "application/zip";
            if (organization == "broken")
            {
                // Announces the whole archive, sends half, then drops the connection.
                context.Response.ContentLength = zip.Length;
                await context.Response.Body.WriteAsync(zip.AsMemory(0, zip.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            }

            await context.Response.Body.WriteAsync(zip);
        });
        _server.MapFallback((HttpRequest request) =>
        {
            Record(request, string.Empty);
            return Results.NotFound();
        });
    }

    /// <summary>Every request, in order: method, path and query, Authorization header, body.</summary>
    public ConcurrentQueue<(string Call, string? Authorization, string Body)> Requests { get; } = new();

    /// <summary>The API's address, as <c>SIGNPATH_API_URL</c> takes it.</summary>
    public string ApiUrl => $"{_server.Urls.First()}/api/v1";

    public static async Task<SignPathApiStandIn> StartAsync(string token, IReadOnlyDictionary<string, string> packages)
    {
        var standIn = new SignPathApiStandIn(token, packages);
        await standIn._server.StartAsync();
        return standIn;
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static byte[] SignedZip(IReadOnlyDictionary<string, string> packages)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in packages)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open());
                writer.Write(content + " (signed)");
            }
        }

        return stream.ToArray();
    }

    private void Record(HttpRequest request, string body) =>
        Requests.Enqueue(($"{request.Method} {request.Path}{request.QueryString}", request.Headers.Authorization.FirstOrDefault(), body));
}
