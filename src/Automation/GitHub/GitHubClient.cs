using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Automation.GitHub;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>
/// The few REST API calls a release needs, on one repository: read a release by tag, create and update it, list,
/// delete and upload its assets. Every call sends the token, <c>Accept: application/vnd.github+json</c> and the API
/// version, and is retried as <see cref="GitHubClientOptions.Retry"/> decides; a final failure is a
/// <see cref="GitHubApiException"/> whose message never contains the token.
/// </remarks>
public sealed class GitHubClient : IDisposable
{
    private const string ApiVersion = "2022-11-28";

    private readonly GitHubRepository _repository;
    private readonly GitHubClientOptions _options;
    private readonly HttpClient _http;

    /// <param name="repository">The repository every call is about.</param>
    /// <param name="options">API root, token, retries.</param>
    /// <param name="handler">The transport; tests pass a fake one. Not disposed with the client.</param>
    public GitHubClient(GitHubRepository repository, GitHubClientOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(options);

        // Checked here, because HttpClient's own header errors may quote the value.
        if (options.Token.Length == 0 || options.Token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("The GitHub token is empty or contains whitespace or control characters: check --github-token.", nameof(options));
        }

        _repository = repository;
        _options = options;
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = options.Timeout;
    }

    /// <summary>The published release with this tag, or null when there is none (GitHub does not find drafts by tag).</summary>
    internal async Task<GitHubRelease?> GetReleaseByTagAsync(string tag, CancellationToken cancellationToken)
    {
        var operation = $"reading release {tag}";

        // A 404 also comes for a missing repository; the create that follows then names it.
        using var response = await SendAsync(() => Request(HttpMethod.Get, $"releases/tags/{Uri.EscapeDataString(tag)}"), operation, cancellationToken, HttpStatusCode.NotFound).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync(response, GitHubJsonContext.Default.GitHubRelease, operation, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<GitHubRelease> CreateReleaseAsync(GitHubReleaseRequest release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        var operation = $"creating release {release.TagName}";
        var body = JsonSerializer.SerializeToUtf8Bytes(release, GitHubJsonContext.Default.GitHubReleaseRequest);
        using var response = await SendAsync(() => Request(HttpMethod.Post, "releases", Json(body)), operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.GitHubRelease, operation, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<GitHubRelease> UpdateReleaseAsync(long releaseId, GitHubReleaseRequest changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var operation = $"updating release {releaseId}";
        var body = JsonSerializer.SerializeToUtf8Bytes(changes, GitHubJsonContext.Default.GitHubReleaseRequest);
        using var response = await SendAsync(() => Request(HttpMethod.Patch, $"releases/{releaseId}", Json(body)), operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.GitHubRelease, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The release's assets (up to 100, GitHub's page limit; releases here carry a handful of packages).</summary>
    internal async Task<IReadOnlyList<GitHubReleaseAsset>> ListAssetsAsync(long releaseId, CancellationToken cancellationToken)
    {
        var operation = $"listing the assets of release {releaseId}";
        using var response = await SendAsync(() => Request(HttpMethod.Get, $"releases/{releaseId}/assets?per_page=100"), operation, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.ListGitHubReleaseAsset, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes an asset; one that is already gone (404) counts as deleted.</summary>
    internal async Task DeleteAssetAsync(GitHubReleaseAsset asset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        using var response = await SendAsync(() => Request(HttpMethod.Delete, $"releases/assets/{asset.Id}"), $"deleting asset {asset.Name}", cancellationToken, HttpStatusCode.NotFound).ConfigureAwait(false);
    }

    /// <summary>Uploads a file to the release's <c>upload_url</c> (a different host on github.com: uploads.github.com).</summary>
    internal async Task<GitHubReleaseAsset> UploadAssetAsync(GitHubRelease release, string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        var operation = $"uploading asset {name}";
        var url = new Uri(UploadUrl(release.UploadUrl, name));
        using var response = await SendAsync(
            () =>
            {
                var payload = new ByteArrayContent(content);
                payload.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                return new HttpRequestMessage(HttpMethod.Post, url) { Content = payload };
            },
            operation,
            cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, GitHubJsonContext.Default.GitHubReleaseAsset, operation, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>Expands the RFC 6570 template <c>.../assets{?name,label}</c> with the name only.</summary>
    internal static string UploadUrl(string template, string name)
    {
        var brace = template.IndexOf('{', StringComparison.Ordinal);
        return $"{(brace < 0 ? template : template[..brace])}?name={Uri.EscapeDataString(name)}";
    }

    private HttpRequestMessage Request(HttpMethod method, string relative, HttpContent? content = null) =>
        new(method, new Uri($"{_options.ApiUrl.AbsoluteUri.TrimEnd('/')}/repos/{Uri.EscapeDataString(_repository.Owner)}/{Uri.EscapeDataString(_repository.Name)}/{relative}"))
        {
            Content = content,
        };

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    // The request is built anew for each try: a sent HttpRequestMessage cannot be sent again.
    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, string operation, CancellationToken cancellationToken, params HttpStatusCode[] accepted)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = create();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.Token);
            request.Headers.Accept.ParseAdd("application/vnd.github+json");
            request.Headers.Add("X-GitHub-Api-Version", ApiVersion);
            request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Automation", typeof(GitHubClient).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"));

            RetryDecision decision;
            try
            {
                var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode || accepted.Contains(response.StatusCode))
                {
                    return response;
                }

                decision = _options.Retry.Decide(attempt, response, _options.Time.GetUtcNow());
                if (!decision.Retry)
                {
                    using (response)
                    {
                        throw await FailureAsync(response, operation, decision.Reason, cancellationToken).ConfigureAwait(false);
                    }
                }

                response.Dispose();
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                var failure = exception is TaskCanceledException ? $"no answer within {_options.Timeout.TotalSeconds:0} s" : exception.Message;
                decision = _options.Retry.DecideAfterNetworkFailure(attempt, failure);
                if (!decision.Retry)
                {
                    throw new GitHubApiException(Scrub($"Could not reach the GitHub API at {_options.ApiUrl} while {operation} on {_repository.FullName}: {decision.Reason}."), null, null, exception);
                }
            }

            _options.Log($"{decision.Reason} while {operation}; retrying in {decision.Delay.TotalSeconds:0.###} s (attempt {attempt + 1} of {_options.Retry.MaxAttempts})");
            await _options.Delay(decision.Delay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
                ?? throw new GitHubApiException($"GitHub answered {operation} on {_repository.FullName} with an empty body.");
        }
        catch (JsonException exception)
        {
            throw new GitHubApiException($"GitHub answered {operation} on {_repository.FullName} with JSON this client cannot read: {exception.Message}", exception);
        }
    }

    private async Task<GitHubApiException> FailureAsync(HttpResponseMessage response, string operation, string reason, CancellationToken cancellationToken)
    {
        GitHubErrorResponse? error = null;
        try
        {
            error = await response.Content.ReadFromJsonAsync(GitHubJsonContext.Default.GitHubErrorResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException)
        {
            // Not GitHub's JSON error shape (a proxy's HTML page, say): the status alone has to do.
        }

        var message = GitHubErrorMessages.Describe(operation, _repository, _options.ApiUrl, response.StatusCode, reason, error);
        return new GitHubApiException(Scrub(message), response.StatusCode, error?.Errors?.FirstOrDefault()?.Code);
    }

    // GitHub does not echo tokens, but a proxy's error page might; the message is the last place to stop it.
    private string Scrub(string message) => message.Replace(_options.Token, "***", StringComparison.Ordinal);
}
