namespace Automation.Components;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>
/// Finds one version's section in a Keep-a-Changelog style <c>CHANGELOG.md</c>: the text under <c>## [1.2.0]</c>,
/// <c>## 1.2.0 - 2024-05-01</c> or <c>## [v1.2.0](link)</c>, up to the next <c>## </c> heading.
/// </remarks>
internal static class ChangelogSection
{
    private const string SectionHeading = "## ";

    /// <summary>The section's text without surrounding blank lines, or null when there is no such section or it is empty.</summary>
    /// <param name="markdown">The changelog's content.</param>
    /// <param name="version">The version as written in headings, e.g. <c>1.2.0</c> or <c>1.2.0-beta.1</c>.</param>
    public static string? Find(string markdown, string version)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentException.ThrowIfNullOrEmpty(version);
        var section = new List<string>();
        var inSection = false;
        var inCodeFence = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCodeFence = !inCodeFence;
            }
            else if (!inCodeFence && IsTopHeading(line))
            {
                if (inSection)
                {
                    break;
                }

                inSection = IsHeadingFor(line, version);
                continue;
            }

            if (inSection)
            {
                section.Add(line.TrimEnd());
            }
        }

        return Trim(section) is { Length: > 0 } text ? text : null;
    }

    // "# Changelog" at the top, or a level-2 heading for a version; "###" (Added, Fixed) belongs to the section.
    private static bool IsTopHeading(string line) => line.StartsWith(SectionHeading, StringComparison.Ordinal) || line.StartsWith("# ", StringComparison.Ordinal);

    private static bool IsHeadingFor(string line, string version)
    {
        if (!line.StartsWith(SectionHeading, StringComparison.Ordinal))
        {
            return false;
        }

        var title = line[SectionHeading.Length..].TrimStart().TrimStart('[');
        if (title.Length > 1 && title[0] is 'v' or 'V' && char.IsDigit(title[1]))
        {
            title = title[1..];
        }

        // The version must end where the title's version ends: 1.2.0 is not 1.2.0-beta.1 nor 1.2.01.
        return title.StartsWith(version, StringComparison.OrdinalIgnoreCase)
            && (title.Length == version.Length || title[version.Length] is ']' or ' ' or '\t' or '(' or ':');
    }

    private static string Trim(List<string> lines)
    {
        var start = lines.FindIndex(l => l.Length > 0);
        if (start < 0)
        {
            return string.Empty;
        }

        // The last section usually carries the file's link reference definitions ("[1.2.0]: https://..."); they are not notes.
        var end = lines.Count - 1;
        while (end > start && (lines[end].Length == 0 || IsLinkDefinition(lines[end])))
        {
            end--;
        }

        return string.Join('\n', lines[start..(end + 1)]);
    }

    private static bool IsLinkDefinition(string line) =>
        line.StartsWith('[') && line.Contains("]: ", StringComparison.Ordinal);
}
