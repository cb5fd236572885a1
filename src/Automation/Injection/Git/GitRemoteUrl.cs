using System.Text.RegularExpressions;

namespace Automation.Injection.Git;

/// <summary>Splits a remote URL into protocol, host and <c>owner/name</c>: <c>https://github.com/o/n.git</c>,
/// <c>git@github.com:o/n.git</c>, <c>ssh://git@host:22/o/n</c>.</summary>
internal static partial class GitRemoteUrl
{
    public static (GitProtocol Protocol, string Endpoint, string Identifier) Parse(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var match = Pattern().Match(url.Trim());
        if (!match.Success || match.Groups["identifier"].Value.Length == 0)
        {
            throw new ArgumentException($"'{url}' is not a git remote URL like https://host/owner/name.git or git@host:owner/name.git.", nameof(url));
        }

        var scheme = match.Groups["scheme"].Value;
        var protocol = scheme.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? GitProtocol.Https : GitProtocol.Ssh;
        return (protocol, match.Groups["endpoint"].Value, match.Groups["identifier"].Value);
    }

    [GeneratedRegex(@"^(?:(?<scheme>[a-zA-Z][a-zA-Z0-9+.-]*)://)?(?:[^@/]+@)?(?<endpoint>[^/:]+)(?::\d+)?[/:](?<identifier>.*?)/?(?:\.git)?/?$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
