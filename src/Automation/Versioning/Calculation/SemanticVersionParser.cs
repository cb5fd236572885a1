using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>Parses versions from tags, branch names and configuration with GitVersion's strict or loose grammar.</summary>
internal static class SemanticVersionParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex Strict = new(
        @"^(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)(?:-(?<pre>(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+(?<meta>[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$",
        Options);

    private static readonly Regex Loose = new(
        @"^(?<major>\d+)(\.(?<minor>\d+))?(\.(?<patch>\d+))?(\.\d+)?(-(?<pre>[^\+]*))?(\+(?<meta>.*))?$",
        Options);

    private static readonly Dictionary<string, Regex> PrefixCache = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="text"/> after stripping the tag prefix (a regular expression).</summary>
    public static bool TryParse(string text, string? tagPrefix, SemanticVersionFormat format, [NotNullWhen(true)] out SemanticVersion? version)
    {
        version = null;
        var prefixed = PrefixRegex(tagPrefix ?? string.Empty).Match(text);
        if (!prefixed.Success)
        {
            return false;
        }

        var match = (format == SemanticVersionFormat.Strict ? Strict : Loose).Match(prefixed.Groups["version"].Value);
        if (!match.Success)
        {
            return false;
        }

        version = new SemanticVersion(
            Number(match.Groups["major"]),
            Number(match.Groups["minor"]),
            Number(match.Groups["patch"]),
            PreReleaseTag.Parse(match.Groups["pre"].Value));
        return true;
    }

    private static long Number(Group group) =>
        group.Success && long.TryParse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static Regex PrefixRegex(string prefix)
    {
        lock (PrefixCache)
        {
            if (!PrefixCache.TryGetValue(prefix, out var regex))
            {
                regex = new Regex($"^({prefix})(?<version>.*)$", Options);
                PrefixCache[prefix] = regex;
            }

            return regex;
        }
    }
}
