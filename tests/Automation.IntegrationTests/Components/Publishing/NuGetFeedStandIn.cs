using System.Collections.Concurrent;
using System.IO.Compression;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Automation.IntegrationTests.Components.Publishing;

/// <summary>
/// A stand-in for a NuGet server on 127.0.0.1: just enough of the protocol for <c>dotnet nuget push</c>. A V3 service
/// index names a <c>PackagePublish/2.0.0</c> and a <c>SymbolPackagePublish/4.9.0</c> resource; a multipart
/// <c>PUT</c> stores the package (201 Created) or answers 409 Conflict when that id and version is already there, as
/// nuget.org does. Every push is recorded with its <c>X-NuGet-ApiKey</c> header.
/// </summary>
public sealed class NuGetFeedStandIn : IAsyncDisposable
{
    private const string PackagePath = "/api/v2/package";
    private const string SymbolPackagePath = "/api/v2/symbolpackage";

    private readonly ConcurrentQueue<PushRequest> _pushes = new();
    private readonly ConcurrentDictionary<string, byte> _stored = new(StringComparer.OrdinalIgnoreCase);
    private readonly WebApplication _server;

    private NuGetFeedStandIn()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/v3/index.json", ServiceIndex);
        _server.MapPut(PackagePath, context => Push(context, "package"));
        _server.MapPut(SymbolPackagePath, context => Push(context, "symbols"));
    }

    /// <summary>The address of the running server, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>The source to push to: the V3 service index.</summary>
    public string Source => $"{BaseAddress}/v3/index.json";

    /// <summary>Every push so far, in arrival order.</summary>
    public IReadOnlyList<PushRequest> Pushes => [.. _pushes];

    /// <summary>Starts a stand-in on a free port.</summary>
    public static async Task<NuGetFeedStandIn> StartAsync()
    {
        var feed = new NuGetFeedStandIn();
        await feed._server.StartAsync();
        var addresses = feed._server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        feed.BaseAddress = addresses.Single().TrimEnd('/');
        return feed;
    }

    public async ValueTask DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
    }

    private Task ServiceIndex(HttpContext context) => Results.Text($$"""
        {
          "version": "3.0.0",
          "resources": [
            { "@id": "{{BaseAddress}}{{PackagePath}}", "@type": "PackagePublish/2.0.0" },
            { "@id": "{{BaseAddress}}{{SymbolPackagePath}}", "@type": "SymbolPackagePublish/4.9.0" }
          ]
        }
        """, "application/json").ExecuteAsync(context);

    private async Task Push(HttpContext context, string kind)
    {
        var form = await context.Request.ReadFormAsync();
        if (form.Files.Count != 1)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var package = new MemoryStream();
        await form.Files[0].CopyToAsync(package);
        var (id, version) = Identity(package);
        var status = _stored.TryAdd($"{kind}/{id}/{version}", 0) ? StatusCodes.Status201Created : StatusCodes.Status409Conflict;
        _pushes.Enqueue(new PushRequest(kind, context.Request.Headers["X-NuGet-ApiKey"].ToString(), id, version, status));
        context.Response.StatusCode = status;
    }

    private static (string Id, string Version) Identity(Stream package)
    {
        using var archive = new ZipArchive(package, ZipArchiveMode.Read);
        var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase) && !e.FullName.Contains('/', StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        return (Value(metadata, "id"), Value(metadata, "version"));
    }

    private static string Value(XElement metadata, string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
}

/// <summary>One push the stand-in received: package or symbols, the API key header, the package identity, the answer.</summary>
public sealed record PushRequest(string Kind, string ApiKey, string PackageId, string Version, int StatusCode);
