using System.Text.Json;
using NuGet.Versioning;

namespace Automation.Injection.LatestVersions;

/// <summary>
/// A NuGet v3 feed, read through its service index: the versions of a package from the flat container
/// (<c>PackageBaseAddress/3.0.0</c>, which lists unlisted versions too), or its newest listed version from the search
/// service (<c>SearchQueryService</c>, which leaves unlisted ones out), as NUKE asked nuget.org's search.
/// </summary>
/// <param name="serviceIndex">The feed's <c>index.json</c>.</param>
internal sealed class NuGetFeed(Uri serviceIndex)
{
    /// <summary>nuget.org's service index.</summary>
    public static readonly Uri NuGetOrg = new("https://api.nuget.org/v3/index.json");

    /// <summary>The newest version of <paramref name="packageId"/>.</summary>
    /// <exception cref="InvalidOperationException">The feed could not be read, or has no version that qualifies.</exception>
    public NuGetVersion LatestVersion(string packageId, bool includePrerelease, bool includeUnlisted)
    {
        var resources = Resources(RemoteDocument.Get(serviceIndex, "the NuGet service index"));
        var search = resources.FirstOrDefault(r => r.Type.StartsWith("SearchQueryService", StringComparison.Ordinal)).Url;
        if (!includeUnlisted && search is not null)
        {
            var query = new Uri($"{search}?q=packageid:{Uri.EscapeDataString(packageId)}&prerelease={(includePrerelease ? "true" : "false")}&semVerLevel=2.0.0&take=1");
            var found = LatestFromSearch(RemoteDocument.Get(query, $"the search results for {packageId}"), packageId);
            return found is not null && NuGetVersion.TryParse(found, out var listed)
                ? listed
                : throw new InvalidOperationException($"the feed {serviceIndex} has no listed {(includePrerelease ? string.Empty : "stable ")}version of {packageId}: check the package id{(includePrerelease ? string.Empty : ", or set IncludePrerelease = true")}");
        }

        var flat = resources.FirstOrDefault(r => r.Type.StartsWith("PackageBaseAddress/3.0.0", StringComparison.Ordinal)).Url
            ?? throw new InvalidOperationException($"the feed {serviceIndex} has no PackageBaseAddress/3.0.0 resource: give a NuGet v3 service index (…/v3/index.json)");
        var versions = new Uri($"{flat.TrimEnd('/')}/{packageId.ToLowerInvariant()}/index.json");
        var newest = VersionChoice.Newest(FlatContainerVersions(RemoteDocument.Get(versions, $"the versions of {packageId}")), includePrerelease);
        return newest
            ?? throw new InvalidOperationException($"the feed {serviceIndex} has no {(includePrerelease ? string.Empty : "stable ")}version of {packageId}{(includePrerelease ? string.Empty : ": set IncludePrerelease = true to take a pre-release")}");
    }

    /// <summary>The resources of a service index: <c>@type</c> and <c>@id</c> of each.</summary>
    /// <exception cref="InvalidOperationException">Not a service index.</exception>
    public static IReadOnlyList<(string Type, string? Url)> Resources(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!document.RootElement.TryGetProperty("resources", out var resources) || resources.ValueKind != JsonValueKind.Array)
            {
                throw new InvalidOperationException("the service index has no 'resources' array: give a NuGet v3 service index (…/v3/index.json)");
            }

            return [.. resources.EnumerateArray()
                .Where(r => r.ValueKind == JsonValueKind.Object && r.TryGetProperty("@type", out _) && r.TryGetProperty("@id", out _))
                .Select(r => (r.GetProperty("@type").GetString() ?? string.Empty, r.GetProperty("@id").GetString()))];
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"the service index is not JSON ({exception.Message}): give a NuGet v3 service index (…/v3/index.json)", exception);
        }
    }

    /// <summary>The <c>versions</c> of a flat container's <c>index.json</c>.</summary>
    public static IEnumerable<string> FlatContainerVersions(string json)
    {
        using var document = Parse(json, "the package's version list");
        return document.RootElement.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array
            ? [.. versions.EnumerateArray().Select(v => v.GetString()).OfType<string>()]
            : [];
    }

    /// <summary>The <c>version</c> of the search result whose <c>id</c> is <paramref name="packageId"/> (search matches ids without case), or null.</summary>
    public static string? LatestFromSearch(string json, string packageId)
    {
        using var document = Parse(json, "the search results");
        if (!document.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return data.EnumerateArray()
            .Where(entry => entry.TryGetProperty("id", out var id) && string.Equals(id.GetString(), packageId, StringComparison.OrdinalIgnoreCase))
            .Select(entry => entry.TryGetProperty("version", out var version) ? version.GetString() : null)
            .FirstOrDefault(version => !string.IsNullOrEmpty(version));
    }

    private static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"{what} is not JSON ({exception.Message})", exception);
        }
    }
}
