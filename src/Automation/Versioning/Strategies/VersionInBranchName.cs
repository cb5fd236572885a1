using System.Text.RegularExpressions;
using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>
/// Reads a version out of a branch name: each <c>/</c>-separated part (or <c>-</c>-separated, when there is no
/// <c>/</c>) is tried against <c>version-in-branch-pattern</c>; the rest of the name after the version is returned too.
/// </summary>
internal static class VersionInBranchName
{
    public static bool TryParse(string branchName, VersioningConfiguration configuration, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SemanticVersion? version, out string? rest)
    {
        version = null;
        rest = null;
        var pattern = string.IsNullOrEmpty(configuration.VersionInBranchPattern) ? @"(?<version>[vV]?\d+(\.\d+)?(\.\d+)?).*" : configuration.VersionInBranchPattern;
        var regex = new Regex("^" + pattern.TrimStart('^'), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var separator = branchName.Contains('/', StringComparison.Ordinal) || !branchName.Contains('-', StringComparison.Ordinal) ? '/' : '-';
        var length = 0;
        foreach (var part in branchName.Split(separator))
        {
            if (part.Length == 0)
            {
                return false;
            }

            var match = regex.Match(part);
            if (match.Success)
            {
                var text = match.Groups["version"].Value;
                if (SemanticVersionParser.TryParse(text, configuration.TagPrefix, configuration.SemanticVersionFormat, out version))
                {
                    length += text.Length;
                    var remainder = branchName[length..].Trim('-');
                    rest = remainder.Length == 0 ? null : remainder;
                    return true;
                }
            }

            length += part.Length + 1;
        }

        return false;
    }
}
