namespace Automation.Components;

/// <summary>
/// The GitHub API a build reaches when nothing else is configured, from its environment as GitHub Actions sets it:
/// <c>GITHUB_API_URL</c> (GitHub Enterprise Server runners set <c>https://host/api/v3</c>; default
/// <c>https://api.github.com</c>) and the token in <c>GITHUB_TOKEN</c>, else <c>GH_TOKEN</c> (the GitHub CLI's).
/// </summary>
/// <param name="ApiUrl">The REST API root.</param>
/// <param name="Token">The token, or null to ask anonymously.</param>
internal sealed record GitHubApiEnvironment(Uri ApiUrl, string? Token)
{
    private static readonly Uri GitHubCom = new("https://api.github.com");

    /// <summary>Reads <paramref name="environment"/>.</summary>
    /// <exception cref="InvalidOperationException"><c>GITHUB_API_URL</c> is no http(s) URL.</exception>
    public static GitHubApiEnvironment From(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configured = environment.TryGetValue("GITHUB_API_URL", out var url) && url.Trim().Length > 0 ? url.Trim() : null;
        var apiUrl = configured is null ? GitHubCom
            : Uri.TryCreate(configured, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" ? parsed
            : throw new InvalidOperationException($"GITHUB_API_URL is '{configured}', which is no http(s) URL: set it to the API root (https://api.github.com, or https://<host>/api/v3 for GitHub Enterprise), or unset it.");
        var token = new[] { "GITHUB_TOKEN", "GH_TOKEN" }.Select(name => environment.TryGetValue(name, out var value) ? value.Trim() : null).FirstOrDefault(value => !string.IsNullOrEmpty(value));
        return new GitHubApiEnvironment(apiUrl, token);
    }

    // The token is a secret: a record's generated text would print it.
    /// <inheritdoc/>
    public override string ToString() => $"{ApiUrl} ({(Token is null ? "anonymous" : "with a token")})";
}
