using System.Net;
using System.Net.Http.Headers;

namespace Automation.Injection.LatestVersions;

/// <summary>
/// Reads a document over HTTP for the latest-version attributes, turning every way it can fail (offline, a timeout,
/// 404, a rate limit) into one sentence that says what was asked of whom, so the injection warning can add the fix.
/// </summary>
internal static class RemoteDocument
{
    /// <summary>How long one request may take: the value is fetched while the build starts, so a dead network must not hold it long.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The body at <paramref name="url"/>.</summary>
    /// <param name="url">An absolute http(s) URL.</param>
    /// <param name="what">What is being read, for the message (<c>the NuGet service index</c>).</param>
    /// <exception cref="InvalidOperationException">No answer, or not a 2xx one; the message names the URL and the status.</exception>
    public static string Get(Uri url, string what) => Core.SynchronousWait.For(GetAsync(url, what), "value injection is synchronous (NUKE's GetValue)");

    /// <inheritdoc cref="Get"/>
    public static async Task<string> GetAsync(Uri url, string what)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var client = new HttpClient { Timeout = Timeout };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Automation", typeof(RemoteDocument).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"));
        HttpResponseMessage response;
        try
        {
            response = await client.GetAsync(url).ConfigureAwait(false);
        }
        catch (TaskCanceledException)
        {
            throw new InvalidOperationException($"{url} did not answer within {Timeout.TotalSeconds:0} s while reading {what}: check the network (and HTTPS_PROXY), or try again later");
        }
        catch (HttpRequestException exception)
        {
            throw new InvalidOperationException($"{url} could not be reached while reading {what} ({exception.Message}): check the network (and HTTPS_PROXY); are you offline?");
        }

        using (response)
        {
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            }

            var status = $"{(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
            throw new InvalidOperationException(response.StatusCode switch
            {
                HttpStatusCode.NotFound => $"{url} answered {status} while reading {what}: check the names given to the attribute",
                HttpStatusCode.TooManyRequests => $"{url} answered {status} while reading {what}: the server's rate limit was hit; try again later",
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"{url} answered {status} while reading {what}: the server wants credentials this attribute does not send; use a public feed",
                _ => $"{url} answered {status} while reading {what}",
            });
        }
    }
}
