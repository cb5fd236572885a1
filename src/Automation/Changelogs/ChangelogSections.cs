using NuGet.Versioning;

namespace Automation.Changelogs;

/// <summary>
/// Finds the release sections of a changelog. A section starts at a level-2 heading (<c>## [1.2.0] / 2024-05-01</c>,
/// <c>## 1.2.0</c>, <c>## [Unreleased]</c>) or at a level-3 or -4 heading whose first word is a version (the
/// <c>#### 1.5.32 December 20th 2024 ####</c> of FAKE-style release notes), and runs to the next section; headings
/// inside code fences do not count.
/// </summary>
internal static class ChangelogSections
{
    /// <summary>The sections of <paramref name="lines"/>, in file order.</summary>
    public static List<ChangelogSection> Read(IReadOnlyList<string> lines)
    {
        var starts = new List<(int Line, string Caption)>();
        var inFence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && Caption(lines[i]) is { } caption)
            {
                starts.Add((i, caption));
            }
        }

        var sections = new List<ChangelogSection>(starts.Count);
        for (var s = 0; s < starts.Count; s++)
        {
            var (start, caption) = starts[s];
            var next = s + 1 < starts.Count ? starts[s + 1].Line : lines.Count;
            var body = Enumerable.Range(start + 1, next - start - 1).Where(i => !IsLinkDefinition(lines[i])).ToList();
            var first = body.FindIndex(i => lines[i].Trim().Length > 0);
            var last = body.FindLastIndex(i => lines[i].Trim().Length > 0);
            var notes = first < 0 ? [] : body.GetRange(first, last - first + 1).Select(i => lines[i].TrimEnd()).ToList();
            sections.Add(new ChangelogSection(start, first < 0 ? start : body[last], caption, notes));
        }

        return sections;
    }

    /// <summary>The version of a caption, or null for an unreleased (or otherwise named) section.</summary>
    public static NuGetVersion? Version(string caption) => NuGetVersion.TryParse(caption, out var version) ? version : null;

    /// <summary><c>v1.2.0</c> → <c>1.2.0</c>; anything else unchanged.</summary>
    public static string WithoutPrefix(string tag) =>
        tag.Length > 1 && tag[0] is 'v' or 'V' && char.IsDigit(tag[1]) ? tag[1..] : tag;

    /// <summary>Whether <paramref name="line"/> is a Markdown link definition (<c>[1.2.0]: https://…</c>).</summary>
    public static bool IsLinkDefinition(string line) => line.StartsWith('[') && line.Contains("]: ", StringComparison.Ordinal);

    // "## [1.2.0] / 2024-05-01" → "1.2.0"; "#### 1.5.32 December 20th 2024 ####" → "1.5.32"; "### Added" → null.
    private static string? Caption(string line)
    {
        var level = line.TakeWhile(c => c == '#').Count();
        if (level is < 2 or > 4 || line.Length == level || line[level] != ' ')
        {
            return null;
        }

        var title = line[level..].Trim().TrimEnd('#').Trim();
        var caption = WithoutPrefix(title.TrimStart('[').Split(']', ' ', '(', '\t')[0]);
        return level == 2 || Version(caption) is not null ? caption : null;
    }
}
