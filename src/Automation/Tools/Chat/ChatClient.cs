using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automation.Tools.Chat;

/// <summary>
/// The HTTP side of the chat tasks (<see cref="SlackTasks"/>, <see cref="DiscordTasks"/>, <see cref="MastodonTasks"/>),
/// of <see cref="GitHubActions.CreateComment"/> and of <see cref="SignPathTasks"/>.
/// A webhook address and an access token are credentials: no message names them. A failure names the service, the
/// host and the status, with the start of the response (which is where the services say what was wrong), the
/// credential cut out of it.
/// </summary>
internal sealed class ChatClient : IDisposable
{
    /// <summary>How the chat services' JSON is written: their own field names, unset values left out.</summary>
    public static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private const int ShownResponseLength = 300;

    private readonly HttpClient _client = new() { Timeout = HttpTasks.DefaultTimeout };
    private readonly string _service;
    private readonly string _secret;

    /// <param name="service">The service's name, for messages (<c>Slack</c>).</param>
    /// <param name="secret">The webhook address or token, cut out of every message.</param>
    public ChatClient(string service, string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret, nameof(secret));
        _service = service;
        _secret = secret;

        // GitHub's API refuses requests without one; the others do not mind.
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Automation", typeof(ChatClient).Assembly.GetName().Version?.ToString()));
    }

    /// <summary>The address's scheme and host (and port), the part a message may show.</summary>
    public static string Origin(Uri uri) => uri.GetLeftPart(UriPartial.Authority);

    /// <summary>An absolute http(s) address, or a usage error that does not show it (a webhook address is a credential).</summary>
    public Uri Address(string address, string what)
    {
        return Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : throw new ArgumentException($"The {_service} {what} is not an http(s) address (not shown: it is a credential). Pass the whole address, https://….", what);
    }

    /// <summary>Sends a request and returns the response's text; a status other than 2xx fails.</summary>
    public async Task<string> SendAsync(HttpMethod method, Uri uri, HttpContent? content, string? bearer = null)
    {
        using var response = await SendForResponseAsync(method, uri, content, bearer).ConfigureAwait(false);
        return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a request and returns the response once its headers are in (the caller reads the body, and disposes it);
    /// a status other than 2xx fails naming the status and the start of the answer.
    /// </summary>
    public async Task<HttpResponseMessage> SendForResponseAsync(HttpMethod method, Uri uri, HttpContent? content, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var action = method == HttpMethod.Get ? "Reading from" : "Posting to";
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw new HttpRequestException($"{action} {_service} at {Origin(uri)} failed: {Cut(e.Message)}", null, e.StatusCode);
        }
        catch (TaskCanceledException)
        {
            throw new TimeoutException($"{action} {_service} at {Origin(uri)} took longer than {_client.Timeout.TotalSeconds:0} s.");
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            throw new HttpRequestException($"{action} {_service} at {Origin(uri)} failed: {(int)response.StatusCode} {response.ReasonPhrase}{Shown(text)}", null, response.StatusCode);
        }
    }

    /// <summary>A failure of the service's own (a 200 response that says no), with its answer.</summary>
    public Exception Refused(Uri uri, string answer) =>
        new HttpRequestException($"{_service} at {Origin(uri)} refused the message{Shown(answer)}");

    /// <summary>JSON content with the services' conventions.</summary>
    public static StringContent JsonContent<T>(T value) =>
        new(JsonSerializer.Serialize(value, Json), System.Text.Encoding.UTF8, "application/json");

    public void Dispose() => _client.Dispose();

    private string Shown(string text)
    {
        var trimmed = Cut(text.Trim());
        return trimmed.Length == 0 ? "." : $": {(trimmed.Length > ShownResponseLength ? trimmed[..ShownResponseLength] + "…" : trimmed)}";
    }

    // The credential, and a webhook's path (its secret part) when the whole address is the credential.
    private string Cut(string text)
    {
        text = text.Replace(_secret, "***", StringComparison.Ordinal);
        return Uri.TryCreate(_secret, UriKind.Absolute, out var uri) && uri.AbsolutePath.Length > 1
            ? text.Replace(uri.AbsolutePath, "/***", StringComparison.Ordinal)
            : text;
    }
}
