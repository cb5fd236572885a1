using System.Text;

namespace Automation.Core;

/// <summary>How member names become target names, option names and environment variable names.</summary>
internal static class Naming
{
    // Brand names that read as one word: NuGetApiKey is --nuget-api-key, not --nu-get-api-key.
    private static readonly string[] CompoundWords = ["NuGet", "GitHub", "GitLab", "TeamCity", "AppVeyor", "DotNet", "GitVersion", "MSBuild"];

    /// <summary><c>UnitTest</c> → <c>unit-test</c>, <c>NuGetApiKey</c> → <c>nuget-api-key</c>.</summary>
    public static string ToKebabCase(string name)
    {
        foreach (var word in CompoundWords)
        {
            name = name.Replace(word, char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant(), StringComparison.Ordinal);
        }

        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '_')
            {
                builder.Append('-');
                continue;
            }

            var startsWord = char.IsUpper(c) && i > 0 &&
                (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsUpper(name[i - 1]) && char.IsLower(name[i + 1])));
            if (startsWord && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary><c>nuget-api-key</c> → <c>NUGET_API_KEY</c>.</summary>
    public static string ToEnvironmentName(string kebabName) => kebabName.Replace('-', '_').ToUpperInvariant();

    /// <summary>The form names are compared in: case, dashes and underscores ignored.</summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is not '-' and not '_')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether two names match ignoring case, dashes and underscores.</summary>
    public static bool Matches(string left, string right) => Normalize(left) == Normalize(right);
}
