using System.Reflection;
using Automation.Injection.LatestVersions;

namespace Automation;

/// <summary>
/// NUKE's <c>[LatestMyGetVersion("feed", "Package")] readonly string Version;</c>: fills the member with the newest
/// version of a package on a MyGet feed, pre-releases included (NUKE read the feed's RSS, which lists them first). The
/// feed is read as the NuGet v3 feed it is (<c>https://www.myget.org/F/&lt;feed&gt;/api/v3/index.json</c>); a feed given
/// as a full URL is taken as that service index. A failure leaves the member null with a warning, as for every injected value.
/// </summary>
public class LatestMyGetVersionAttribute : ValueInjectionAttributeBase
{
    private readonly string _feed;
    private readonly string _package;

    /// <summary>The newest version of <paramref name="package"/> on <paramref name="feed"/>.</summary>
    /// <param name="feed">The feed's name on myget.org (<c>rfc</c>), or the URL of a NuGet v3 service index.</param>
    /// <param name="package">The package id.</param>
    public LatestMyGetVersionAttribute(string feed, string package)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(feed);
        ArgumentException.ThrowIfNullOrWhiteSpace(package);
        _feed = feed;
        _package = package;
    }

    /// <summary>The service index the feed is read from.</summary>
    internal Uri ServiceIndex => _feed.Contains("://", StringComparison.Ordinal)
        ? new Uri(_feed)
        : new Uri($"https://www.myget.org/F/{Uri.EscapeDataString(_feed.Trim())}/api/v3/index.json");

    /// <inheritdoc />
    public override object? GetValue(MemberInfo member, object instance)
    {
        ArgumentNullException.ThrowIfNull(member);
        return VersionChoice.ForMember(member, new NuGetFeed(ServiceIndex).LatestVersion(_package, includePrerelease: true, includeUnlisted: false));
    }
}
