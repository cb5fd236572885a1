using System.Net;
using Octokit;
using Octokit.Internal;

namespace Automation.Components;

/// <summary>
/// The release calls <c>github-release</c> makes on one repository, through Octokit: read a release by tag, create and
/// update it, list all its assets (page by page), delete and upload them. Each call is retried, and its final failure
/// explained, by <see cref="GitHubCallRunner"/>. The token goes only into the <c>Authorization</c> header.
/// </summary>
internal sealed class GitHubReleaseApi : IDisposable
{
    // GitHub's largest page; Octokit follows the Link header to the next page until there is none.
    private static readonly ApiOptions AllPages = new() { PageSize = 100 };

    private readonly GitHubRepository _repository;
    private readonly HttpClientAdapter _http;
    private readonly IReleasesClient _releases;
    private readonly GitHubCallRunner _calls;
    private readonly TimeSpan _timeout;

    /// <param name="repository">The repository every call is about.</param>
    /// <param name="options">API root, token, retries.</param>
    public GitHubReleaseApi(GitHubRepository repository, GitHubApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(options);

        // Checked here, because HttpClient's own header errors may quote the value.
        if (options.Token.Length == 0 || options.Token.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException("The GitHub token is empty or contains whitespace or control characters: check --github-token.", nameof(options));
        }

        _repository = repository;
        _timeout = options.Timeout;
        _http = new HttpClientAdapter(HttpMessageHandlerFactory.CreateDefault);
        _releases = new GitHubClient(GitHubConnection.Create(options.ApiUrl, options.Token, options.Timeout, _http)).Repository.Release;
        _calls = new GitHubCallRunner(repository, options);
    }

    /// <summary>The published release with this tag, or null when there is none (GitHub does not find drafts by tag).</summary>
    public async Task<Release?> FindByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            return await _calls.RunAsync($"reading release {tag}", () => _releases.Get(_repository.Owner, _repository.Name, tag), cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            // A 404 also comes for a missing repository; the create that follows then names it.
            return null;
        }
    }

    public Task<Release> CreateAsync(NewRelease release, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        return _calls.RunAsync($"creating release {release.TagName}", () => _releases.Create(_repository.Owner, _repository.Name, release), cancellationToken);
    }

    public Task<Release> UpdateAsync(long releaseId, ReleaseUpdate changes, CancellationToken cancellationToken) =>
        _calls.RunAsync($"updating release {releaseId}", () => _releases.Edit(_repository.Owner, _repository.Name, releaseId, changes), cancellationToken);

    /// <summary>All the release's assets, however many pages they take.</summary>
    public Task<IReadOnlyList<ReleaseAsset>> ListAssetsAsync(long releaseId, CancellationToken cancellationToken) =>
        _calls.RunAsync($"listing the assets of release {releaseId}", () => _releases.GetAllAssets(_repository.Owner, _repository.Name, releaseId, AllPages), cancellationToken);

    /// <summary>Deletes an asset; one that is already gone (404) counts as deleted.</summary>
    public async Task DeleteAssetAsync(ReleaseAsset asset, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(asset);
        try
        {
            await _calls.RunAsync($"deleting asset {asset.Name}", () => _releases.DeleteAsset(_repository.Owner, _repository.Name, asset.Id), cancellationToken).ConfigureAwait(false);
        }
        catch (GitHubApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
        }
    }

    /// <summary>Uploads a file to the release's <c>upload_url</c> (on github.com another host: uploads.github.com).</summary>
    public Task<ReleaseAsset> UploadAssetAsync(Release release, string path, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(release);
        var name = Path.GetFileName(path);
        return _calls.RunAsync(
            $"uploading asset {name}",
            async () =>
            {
                var content = File.OpenRead(path);
                await using (content.ConfigureAwait(false))
                {
                    return await _releases.UploadAsset(release, new ReleaseAssetUpload(name, contentType, content, _timeout), cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken);
    }

    public void Dispose() => _http.Dispose();
}
