using System.Globalization;

namespace Automation;

/// <summary>
/// NUKE's helpers for a Keep-a-Changelog <c>CHANGELOG.md</c>: a section's notes (for release notes), the notes of the
/// latest release for a package, and turning the unreleased section into a release. Sections are level-2 headings
/// (<c>## [1.2.0] / 2024-05-01</c>, <c>## 1.2.0</c>); the unreleased one is <c>## [Unreleased]</c> or <c>## [vNext]</c>.
/// </summary>
public static class ChangelogTasks
{
    private const string Heading = "## ";

    /// <summary>
    /// The lines of the section for <paramref name="tag"/> (<c>1.2.0</c> or <c>v1.2.0</c>), or of the latest release when
    /// it is null, without surrounding blank lines and link definitions.
    /// </summary>
    /// <exception cref="Core.UsageException">The file has no such section.</exception>
    public static IReadOnlyList<string> ExtractChangelogSectionNotes(AbsolutePath changelogFile, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(changelogFile);
        var sections = Sections(File.ReadAllLines(changelogFile));
        var section = tag is null
            ? sections.Find(s => !IsUnreleased(s.Title))
            : sections.Find(s => Version(s.Title).Equals(tag.TrimStart('v', 'V'), StringComparison.OrdinalIgnoreCase));
        return section is null
            ? throw new Core.UsageException($"{changelogFile} has no section {(tag is null ? "for a release" : $"'## [{tag}]'")}: add one, or pass the tag its heading has.")
            : Trim(section.Lines);
    }

    /// <summary>The latest release's notes as one text for a package's <c>PackageReleaseNotes</c>, each line a line.</summary>
    public static string GetNuGetReleaseNotes(AbsolutePath changelogFile) =>
        string.Join(Environment.NewLine, ExtractChangelogSectionNotes(changelogFile));

    /// <summary>
    /// Makes the unreleased section the release of <paramref name="tag"/>, dated today (UTC), and opens a new empty
    /// unreleased section above it.
    /// </summary>
    /// <exception cref="Core.UsageException">There is no unreleased section, or <paramref name="tag"/> has one already.</exception>
    public static void FinalizeChangelog(AbsolutePath changelogFile, string tag)
    {
        ArgumentNullException.ThrowIfNull(changelogFile);
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var lines = File.ReadAllLines(changelogFile).ToList();
        var sections = Sections(lines);
        if (sections.Exists(s => Version(s.Title).Equals(tag.TrimStart('v', 'V'), StringComparison.OrdinalIgnoreCase)))
        {
            throw new Core.UsageException($"{changelogFile} has a section for {tag} already: finalize a new version.");
        }

        var unreleased = sections.Find(s => IsUnreleased(s.Title))
            ?? throw new Core.UsageException($"{changelogFile} has no '## [Unreleased]' section to finalize: add one with the changes of {tag}.");
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lines[unreleased.Line] = $"{Heading}[{tag}] / {date}";
        lines.InsertRange(unreleased.Line, [$"{Heading}[Unreleased]", string.Empty]);
        File.WriteAllText(changelogFile, string.Join('\n', lines) + "\n");
    }

    private sealed record Section(int Line, string Title, List<string> Lines);

    private static List<Section> Sections(IReadOnlyList<string> lines)
    {
        var sections = new List<Section>();
        var inFence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith(Heading, StringComparison.Ordinal))
            {
                sections.Add(new Section(i, line[Heading.Length..].Trim(), []));
            }
            else if (sections.Count > 0)
            {
                sections[^1].Lines.Add(line.TrimEnd());
            }
        }

        return sections;
    }

    // "[1.2.0] / 2024-05-01", "1.2.0 - 2024-05-01", "[v1.2.0](link)" → "1.2.0".
    private static string Version(string title)
    {
        var version = title.TrimStart('[').Split(']', ' ', '(', '\t')[0];
        return version.Length > 1 && version[0] is 'v' or 'V' && char.IsDigit(version[1]) ? version[1..] : version;
    }

    private static bool IsUnreleased(string title) =>
        Version(title) is var version && (version.Equals("Unreleased", StringComparison.OrdinalIgnoreCase) || version.Equals("vNext", StringComparison.OrdinalIgnoreCase));

    private static List<string> Trim(List<string> lines)
    {
        var kept = lines.Where(l => !(l.StartsWith('[') && l.Contains("]: ", StringComparison.Ordinal))).ToList();
        var start = kept.FindIndex(l => l.Length > 0);
        var end = kept.FindLastIndex(l => l.Length > 0);
        return start < 0 ? [] : kept.GetRange(start, end - start + 1);
    }
}
