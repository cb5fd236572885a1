using System.Reflection;
using NuGet.Versioning;

namespace Automation.Injection.LatestVersions;

/// <summary>The newest of a list of version texts, and the value a member gets: the text, or a <see cref="NuGetVersion"/>.</summary>
internal static class VersionChoice
{
    /// <summary>The newest version (by SemVer 2 precedence) that parses, skipping pre-releases unless <paramref name="includePrerelease"/>; null when none qualifies.</summary>
    public static NuGetVersion? Newest(IEnumerable<string> versions, bool includePrerelease) =>
        versions.Select(text => NuGetVersion.TryParse(text.Trim(), out var version) ? version : null)
            .OfType<NuGetVersion>()
            .Where(version => includePrerelease || !version.IsPrerelease)
            .Max();

    /// <summary>What <paramref name="member"/> is filled with: a <see cref="NuGetVersion"/> for such a member, else the version as the source wrote it.</summary>
    public static object ForMember(MemberInfo member, NuGetVersion version)
    {
        var type = member switch
        {
            FieldInfo field => field.FieldType,
            PropertyInfo property => property.PropertyType,
            _ => typeof(string),
        };
        return type.IsAssignableFrom(typeof(NuGetVersion)) && type != typeof(object) ? version : version.OriginalVersion ?? version.ToNormalizedString();
    }
}
