using System.Reflection;
using Automation.Injection.LatestVersions;

namespace Automation;

/// <summary>
/// NUKE's <c>[LatestNuGetVersion("Package")] readonly string PackageVersion;</c>: fills the member with the newest version
/// of a package on nuget.org (or the feed <see cref="Source"/> names), read while the build starts. A <c>string</c>
/// member gets the version as the feed writes it; a <c>NuGet.Versioning.NuGetVersion</c> member the parsed version.
/// Stable versions only unless <see cref="IncludePrerelease"/>; listed versions only (the feed's search service) unless
/// <see cref="IncludeUnlisted"/> (the flat container's list). When the feed cannot be read (offline, 404, a rate limit)
/// the member stays null with a warning naming it and the cause, as for every injected value: the targets that
/// <c>.Requires(() =&gt; Member)</c> fail, others run.
/// </summary>
public class LatestNuGetVersionAttribute : ValueInjectionAttributeBase
{
    private readonly string _packageId;

    /// <summary>The newest version of <paramref name="packageId"/>.</summary>
    /// <param name="packageId">The package id (<c>Nuke.Common</c>).</param>
    public LatestNuGetVersionAttribute(string packageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        _packageId = packageId;
    }

    /// <summary>Whether pre-release versions count (default false).</summary>
    public bool IncludePrerelease { get; set; }

    /// <summary>Whether unlisted versions count (default false).</summary>
    public bool IncludeUnlisted { get; set; }

    /// <summary>The feed's NuGet v3 service index (default <c>https://api.nuget.org/v3/index.json</c>). Not in NUKE.</summary>
    public string Source { get; set; } = NuGetFeed.NuGetOrg.AbsoluteUri;

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        var source = Uri.TryCreate(Source, UriKind.Absolute, out var index) && index.Scheme is "http" or "https"
            ? index
            : throw new InvalidOperationException($"Source '{Source}' is no http(s) URL: give a NuGet v3 service index such as https://api.nuget.org/v3/index.json.");
        return VersionChoice.ForMember(member, new NuGetFeed(source).LatestVersion(_packageId, IncludePrerelease, IncludeUnlisted));
    }
}
