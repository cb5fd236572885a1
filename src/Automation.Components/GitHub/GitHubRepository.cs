using System.Text.RegularExpressions;

namespace Automation.Components;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>A repository on GitHub or a GitHub Enterprise server, as named by a git remote URL.</remarks>
/// <param name="Host">The web host, lower case: <c>github.com</c> or an Enterprise host.</param>
/// <param name="Owner">The user or organization.</param>
/// <param name="Name">The repository's name, without <c>.git</c>.</param>
internal sealed partial record GitHubRepository(string Host, string Owner, string Name)
{
    private const string GitHubHost = "github.com";

    /// <summary><c>owner/name</c>.</summary>
    public string FullName => $"{Owner}/{Name}";

    /// <summary>The REST API root for this host: <c>https://api.github.com</c>, or <c>https://host/api/v3</c> on Enterprise.</summary>
    public Uri DefaultApiUrl => Host == GitHubHost ? new Uri("https://api.github.com") : new Uri($"https://{Host}/api/v3");

    /// <inheritdoc />
    public override string ToString() => FullName;

    /// <summary>
    /// Reads the repository from a remote URL: <c>https://github.com/o/r(.git)</c>, <c>git@github.com:o/r.git</c>,
    /// <c>ssh://git@host(:port)/o/r.git</c>, <c>git://host/o/r</c>, on any host. Null when the URL names no repository
    /// (a local path, a <c>file://</c> URL, fewer than two path segments).
    /// </summary>
    public static GitHubRepository? TryParse(string? remoteUrl)
    {
        if (string.IsNullOrWhiteSpace(remoteUrl) || SplitHostAndPath(remoteUrl.Trim()) is not var (host, path))
        {
            return null;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2)
        {
            return null;
        }

        var owner = segments[^2];
        var name = segments[^1].EndsWith(".git", StringComparison.OrdinalIgnoreCase) ? segments[^1][..^4] : segments[^1];
        if (!NamePattern().IsMatch(owner) || !NamePattern().IsMatch(name))
        {
            return null;
        }

        // GitHub's SSH-over-HTTPS endpoint (ssh://git@ssh.github.com:443/...) is still github.com.
        var webHost = host.ToLowerInvariant() == "ssh.github.com" ? GitHubHost : host.ToLowerInvariant();
        return new GitHubRepository(webHost, owner, name);
    }

    /// <summary>The URL without credentials (<c>https://user:token@host/...</c>), so it can be shown in a message.</summary>
    public static string Redact(string remoteUrl)
    {
        ArgumentNullException.ThrowIfNull(remoteUrl);
        return CredentialsPattern().Replace(remoteUrl, "$1***@");
    }

    private static (string Host, string Path)? SplitHostAndPath(string url)
    {
        if (url.Contains("://", StringComparison.Ordinal))
        {
            return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 && !uri.IsFile
                ? (uri.Host, Uri.UnescapeDataString(uri.AbsolutePath))
                : null;
        }

        // scp-like syntax, [user@]host:owner/repo.git; git reads it this way only when no slash precedes the colon.
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || url[..colon].Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var host = url[(url.LastIndexOf('@', colon - 1) + 1)..colon];

        // A one-letter "host" is a Windows drive (C:/repos/o/r), not a remote.
        return host.Length > 1 ? (host, url[(colon + 1)..]) : null;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^([a-z][a-z0-9+.-]*://)[^/@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialsPattern();
}
