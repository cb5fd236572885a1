using System.Reflection;
using Automation.Components;

namespace Automation;

/// <summary>
/// NUKE's <c>[LatestGitHubRelease("owner/repo", TrimPrefix = true)] readonly string Version;</c>: fills the member with the
/// tag of a repository's newest release (GitHub lists them newest first; drafts never count, pre-releases only with
/// <see cref="IncludePrerelease"/>), without its leading <c>v</c> when <see cref="TrimPrefix"/>. Read through GitHub's
/// REST API (Octokit) while the build starts: at <c>GITHUB_API_URL</c> when that variable is set (GitHub Enterprise, or
/// a GitHub Actions runner), else <c>https://api.github.com</c>; as <c>GITHUB_TOKEN</c> (or <c>GH_TOKEN</c>) when set,
/// else anonymously (60 requests an hour). A failure (offline, 404, a rate limit) leaves the member null with a warning
/// naming it, the cause and the fix, as for every injected value: the targets that <c>.Requires(() =&gt; Member)</c>
/// fail, others run.
/// </summary>
public class LatestGitHubReleaseAttribute : ValueInjectionAttributeBase
{
    private readonly string _identifier;

    /// <summary>The newest release of a repository.</summary>
    /// <param name="identifier"><c>owner/repo</c>.</param>
    public LatestGitHubReleaseAttribute(string identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        _identifier = identifier;
    }

    /// <summary>Whether pre-releases count (default false).</summary>
    public bool IncludePrerelease { get; set; }

    /// <summary>Whether to drop a leading <c>v</c> from the tag (<c>v1.2.0</c> → <c>1.2.0</c>; default false).</summary>
    public bool TrimPrefix { get; set; }

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var parts = _identifier.Trim().Trim('/').Split('/');
        if (parts.Length != 2 || parts.Any(p => p.Length == 0))
        {
            throw new InvalidOperationException($"'{_identifier}' is no repository: give it as owner/repo (e.g. nuke-build/nuke).");
        }

        var query = LatestReleaseQuery.FromEnvironment(Build.EnvironmentVariables);
#pragma warning disable VSTHRD002 // NUKE's GetValue is synchronous; a build has no synchronization context to deadlock on.
        var tag = query.FindAsync(parts[0], parts[1], IncludePrerelease).GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
        return TrimPrefix && tag.Length > 1 && tag[0] is 'v' or 'V' ? tag[1..] : tag;
    }
}
