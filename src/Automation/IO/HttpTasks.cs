using System.Net.Http.Headers;
using Automation.Core;

namespace Automation;

/// <summary>
/// NUKE's <c>HttpTasks</c>: download a text or a file over HTTP(S) from a target, <c>HttpDownloadFile(url, path)</c>
/// with <c>using static Automation.HttpTasks;</c>. A response other than 2xx fails, naming the URL and the status
/// (NUKE's string download returned the error page's text instead).
/// </summary>
public static class HttpTasks
{
    /// <summary>How long one download may take unless the client configurator sets <see cref="HttpClient.Timeout"/> (NUKE: a settable 5 s).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(100);

    /// <summary>Downloads <paramref name="uri"/> as text.</summary>
    /// <param name="uri">The address.</param>
    /// <param name="clientConfigurator">Adjusts the client (timeout, base address).</param>
    /// <param name="headerConfigurator">Adds request headers (authorization, user agent).</param>
    /// <returns>The response body.</returns>
    public static string HttpDownloadString(string uri, Configure<HttpClient>? clientConfigurator = null, Action<HttpRequestHeaders>? headerConfigurator = null) =>
        SynchronousWait.For(HttpDownloadStringAsync(uri, clientConfigurator, headerConfigurator), "NUKE's synchronous HttpDownloadString");

    /// <summary>Downloads <paramref name="uri"/> as text.</summary>
    /// <param name="uri">The address.</param>
    /// <param name="clientConfigurator">Adjusts the client (timeout, base address).</param>
    /// <param name="headerConfigurator">Adds request headers (authorization, user agent).</param>
    /// <returns>The response body.</returns>
    public static async Task<string> HttpDownloadStringAsync(string uri, Configure<HttpClient>? clientConfigurator = null, Action<HttpRequestHeaders>? headerConfigurator = null)
    {
        using var client = CreateClient(clientConfigurator, headerConfigurator);
        using var response = await GetAsync(client, uri).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    /// <summary>Downloads <paramref name="uri"/> into the file <paramref name="path"/>, creating its folder.</summary>
    /// <param name="uri">The address.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="mode">How the file is opened: replaced by default.</param>
    /// <param name="clientConfigurator">Adjusts the client (timeout, base address).</param>
    /// <param name="headerConfigurator">Adds request headers (authorization, user agent).</param>
    public static void HttpDownloadFile(string uri, AbsolutePath path, FileMode mode = FileMode.Create, Configure<HttpClient>? clientConfigurator = null, Action<HttpRequestHeaders>? headerConfigurator = null) =>
        SynchronousWait.For(HttpDownloadFileAsync(uri, path, mode, clientConfigurator, headerConfigurator), "NUKE's synchronous HttpDownloadFile");

    /// <summary>Downloads <paramref name="uri"/> into the file <paramref name="path"/>, creating its folder.</summary>
    /// <param name="uri">The address.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="mode">How the file is opened: replaced by default.</param>
    /// <param name="clientConfigurator">Adjusts the client (timeout, base address).</param>
    /// <param name="headerConfigurator">Adds request headers (authorization, user agent).</param>
    /// <returns>A task that completes when the file is written.</returns>
    public static async Task HttpDownloadFileAsync(string uri, AbsolutePath path, FileMode mode = FileMode.Create, Configure<HttpClient>? clientConfigurator = null, Action<HttpRequestHeaders>? headerConfigurator = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var client = CreateClient(clientConfigurator, headerConfigurator);
        using var response = await GetAsync(client, uri).ConfigureAwait(false);
        Directory.CreateDirectory(path.Parent!);
        var file = new FileStream(path, mode, FileAccess.Write, FileShare.None);
        await using (file.ConfigureAwait(false))
        {
            await response.Content.CopyToAsync(file).ConfigureAwait(false);
        }
    }

    private static HttpClient CreateClient(Configure<HttpClient>? clientConfigurator, Action<HttpRequestHeaders>? headerConfigurator)
    {
        var client = new HttpClient { Timeout = DefaultTimeout };
        client = clientConfigurator?.Invoke(client) ?? client;
        headerConfigurator?.Invoke(client.DefaultRequestHeaders);
        return client;
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string uri)
    {
        var response = await client.GetAsync(new Uri(uri, UriKind.RelativeOrAbsolute), HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            response.Dispose();
            throw new HttpRequestException($"Downloading {uri} failed: {(int)response.StatusCode} {response.ReasonPhrase}.", null, response.StatusCode);
        }

        return response;
    }
}
