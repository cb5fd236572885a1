using System.Net;
using Octokit;
using Octokit.Internal;

namespace Automation.Components;

/// <summary>
/// Finds the tag of a repository's newest release for <c>[LatestGitHubRelease]</c>: one page of 100 releases at a time
/// (newest first) until one qualifies, so a repository with hundreds of releases costs one request. Every failure
/// becomes a message naming the repository, the API root and the fix; the token is never in it.
/// </summary>
/// <param name="apiUrl">The REST API root.</param>
/// <param name="token">The token, or null to ask anonymously.</param>
internal sealed class LatestReleaseQuery(Uri apiUrl, string? token)
{
    private const int PageSize = 100;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The API root it asks.</summary>
    public Uri ApiUrl => apiUrl;

    /// <summary>From the build's environment: <c>GITHUB_API_URL</c> (default <c>https://api.github.com</c>), and <c>GITHUB_TOKEN</c> or <c>GH_TOKEN</c>.</summary>
    /// <exception cref="InvalidOperationException"><c>GITHUB_API_URL</c> is no http(s) URL.</exception>
    public static LatestReleaseQuery FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        var (apiUrl, token) = GitHubApiEnvironment.From(environment);
        return new LatestReleaseQuery(apiUrl, token);
    }

    /// <summary>The newest release's tag.</summary>
    /// <exception cref="InvalidOperationException">No such release, or the API could not be asked.</exception>
    public async Task<string> FindAsync(string owner, string name, bool includePrerelease)
    {
        using var http = new HttpClientAdapter(HttpMessageHandlerFactory.CreateDefault);
        var releases = new GitHubClient(GitHubConnection.Create(apiUrl, token, Timeout, http)).Repository.Release;
        var repository = $"{owner}/{name}";
        try
        {
            var seen = 0;
            for (var page = 1; ; page++)
            {
                var batch = await releases.GetAll(owner, name, new ApiOptions { PageSize = PageSize, PageCount = 1, StartPage = page }).ConfigureAwait(false);
                seen += batch.Count;
                if (batch.FirstOrDefault(r => !r.Draft && (includePrerelease || !r.Prerelease)) is { } release)
                {
                    return release.TagName;
                }

                if (batch.Count < PageSize)
                {
                    throw new InvalidOperationException(seen == 0
                        ? $"{repository} has no release on {apiUrl}: publish one, or read the version elsewhere"
                        : $"{repository} has {seen} releases on {apiUrl}, none of them {(includePrerelease ? "published" : "a stable one")}{(includePrerelease ? string.Empty : ": set IncludePrerelease = true to take a pre-release")}");
                }
            }
        }
        catch (ApiException exception)
        {
            // Cut out of GitHub's own text too, in case a proxy echoed it.
            var message = Describe(exception, repository);
            throw new InvalidOperationException(token is null ? message : message.Replace(token, "***", StringComparison.Ordinal), exception);
        }
        catch (HttpRequestException exception)
        {
            throw new InvalidOperationException($"{apiUrl} could not be reached for the releases of {repository} ({exception.Message}): check the network (and HTTPS_PROXY), or GITHUB_API_URL; are you offline?", exception);
        }
        catch (TaskCanceledException exception)
        {
            throw new InvalidOperationException($"{apiUrl} did not answer within {Timeout.TotalSeconds:0} s for the releases of {repository}: check the network, or try again later.", exception);
        }
    }

    private string Describe(ApiException failure, string repository) => failure switch
    {
        RateLimitExceededException limit =>
            $"GitHub's API rate limit is used up ({limit.Limit} requests an hour{(token is null ? ", anonymous" : string.Empty)}; it resets at {limit.Reset.UtcDateTime:HH:mm} UTC) while reading the releases of {repository}: {(token is null ? "set GITHUB_TOKEN to a token (any token lifts the limit to 5,000)" : "wait for the reset")}",
        SecondaryRateLimitExceededException or AbuseException =>
            $"GitHub's secondary rate limit was hit while reading the releases of {repository}: try again in a minute",
        AuthorizationException =>
            $"{apiUrl} rejected the token (401) while reading the releases of {repository}: check GITHUB_TOKEN (or GH_TOKEN), or unset it to ask anonymously",
        NotFoundException =>
            $"{repository} was not found at {apiUrl} (404): check the owner/repo given to the attribute{(token is null ? "; a private repository needs GITHUB_TOKEN" : ", and that the token can see it")}",
        _ when failure.StatusCode == HttpStatusCode.Forbidden && failure.Message.Contains("rate limit", StringComparison.OrdinalIgnoreCase) =>
            $"GitHub's API rate limit is used up while reading the releases of {repository}: {(token is null ? "set GITHUB_TOKEN to a token" : "wait for the reset")}",
        _ => $"{apiUrl} answered {(int)failure.StatusCode} {failure.StatusCode} while reading the releases of {repository}{(failure.ApiError?.Message is { Length: > 0 } said ? $" (GitHub said: {said})" : string.Empty)}",
    };
}
