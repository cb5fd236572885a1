using Octokit;
using Octokit.Internal;

namespace Automation.Components;

/// <summary>
/// An Octokit connection to a GitHub REST API root as given (github.com or a GitHub Enterprise server), naming this
/// package in its user agent, with a token (bearer) or anonymous, and a time limit per request.
/// </summary>
internal static class GitHubConnection
{
    /// <param name="apiUrl">The REST API root (<c>https://api.github.com</c>, <c>https://host/api/v3</c>).</param>
    /// <param name="token">The token, or null to ask anonymously.</param>
    /// <param name="timeout">The time limit of one request.</param>
    /// <param name="http">The HTTP client; the caller disposes it.</param>
    public static Connection Create(Uri apiUrl, string? token, TimeSpan timeout, IHttpClient http)
    {
        var product = new ProductHeaderValue("Automation", typeof(GitHubConnection).Assembly.GetName().Version?.ToString(3) ?? "1.0.0");
        var credentials = token is null ? Credentials.Anonymous : new Credentials(token, AuthenticationType.Bearer);
        var connection = new Connection(product, BaseAddress(apiUrl), new InMemoryCredentialStore(credentials), http, new SimpleJsonSerializer());
        connection.SetRequestTimeout(timeout);
        return connection;
    }

    // Used as given, unlike Octokit's GitHubClient(product, uri), which turns any host but github.com into
    // https://host/api/v3/. Octokit resolves "repos/o/r/..." against it, so it must end with "/" to keep its path.
    private static Uri BaseAddress(Uri apiUrl) => apiUrl.AbsoluteUri.EndsWith('/') ? apiUrl : new Uri($"{apiUrl.AbsoluteUri}/");
}
