using System.Net;
using Automation.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using static Automation.HttpTasks;

namespace Automation.IntegrationTests.Nuke;

/// <summary>NUKE's <c>HttpTasks</c> against a real HTTP server on 127.0.0.1 (Kestrel, a free port).</summary>
public sealed class HttpTasksTests : IAsyncLifetime
{
    private readonly WebApplication _server;
    private readonly TempDirectory _directory = new("http-tasks");

    public HttpTasksTests()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _server = builder.Build();
        _server.MapGet("/license.txt", () => Results.Text("MIT License\n"));
        _server.MapGet("/fonts.zip", () => Results.Bytes([0x50, 0x4B, 3, 4, 255, 0]));
        _server.MapGet("/private", (HttpRequest request) => request.Headers.Authorization == "Bearer http-canary" ? Results.Text("granted") : Results.StatusCode(401));
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
    public async Task A_text_downloads_as_a_string()
    {
        Assert.Equal("MIT License\n", await HttpDownloadStringAsync(Url("/license.txt")));
        Assert.Equal("MIT License\n", HttpDownloadString(Url("/license.txt")));
    }

    [Fact]
    public async Task A_file_downloads_byte_for_byte_into_a_new_folder()
    {
        var target = AbsolutePath.Create(_directory.Root) / "temp" / "fonts" / "fonts.zip";

        await HttpDownloadFileAsync(Url("/fonts.zip"), target);
        HttpDownloadFile(Url("/license.txt"), target.Parent! / "license.txt");

        Assert.Equal(new byte[] { 0x50, 0x4B, 3, 4, 255, 0 }, await File.ReadAllBytesAsync(target));
        Assert.Equal("MIT License\n", await File.ReadAllTextAsync(target.Parent! / "license.txt"));
    }

    [Fact]
    public async Task Headers_and_the_client_can_be_configured()
    {
        var text = await HttpDownloadStringAsync(
            Url("/private"),
            clientConfigurator: client =>
            {
                client.Timeout = TimeSpan.FromSeconds(30);
                return client;
            },
            headerConfigurator: headers => headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "http-canary"));

        Assert.Equal("granted", text);
    }

    [Fact]
    public async Task A_failed_response_is_an_error_naming_the_url_and_status_and_writes_no_file()
    {
        var target = AbsolutePath.Create(_directory.Root) / "missing.txt";

        var exception = await Assert.ThrowsAsync<HttpRequestException>(() => HttpDownloadFileAsync(Url("/missing.txt"), target));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal($"Downloading {Url("/missing.txt")} failed: 404 Not Found.", exception.Message);
        Assert.False(File.Exists(target));
        await Assert.ThrowsAsync<HttpRequestException>(() => HttpDownloadStringAsync(Url("/private")));
    }
}
