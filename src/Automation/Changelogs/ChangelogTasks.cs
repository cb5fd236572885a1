using System.Globalization;
using Automation.Changelogs;
using Automation.Core;
using NuGet.Versioning;

namespace Automation;

/// <summary>
/// NUKE's helpers for a changelog such as a Keep-a-Changelog <c>CHANGELOG.md</c>: reading it as a model
/// (<see cref="ReadChangelog"/>), a section's notes (for release notes), and turning the unreleased section into a
/// release. Sections are level-2 headings (<c>## [1.2.0] / 2024-05-01</c>, <c>## 1.2.0</c>; the unreleased one is
/// <c>## [Unreleased]</c> or <c>## [vNext]</c>) and level-3 or -4 headings that start with a version
/// (<c>#### 1.5.32 December 20th 2024 ####</c>).
/// </summary>
public static class ChangelogTasks
{
    /// <summary>
    /// The lines of the section for <paramref name="tag"/> (<c>1.2.0</c> or <c>v1.2.0</c>), or of the latest release when
    /// it is null, without surrounding blank lines and link definitions.
    /// </summary>
    /// <exception cref="UsageException">The file has no such section.</exception>
    public static IReadOnlyList<string> ExtractChangelogSectionNotes(AbsolutePath changelogFile, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(changelogFile);
        var sections = ChangelogSections.Read(File.ReadAllLines(changelogFile));
        var section = tag is null ? sections.Find(s => !s.IsUnreleased) : sections.Find(s => s.Names(tag));
        return section is null
            ? throw new UsageException($"{changelogFile} has no section {(tag is null ? "for a release" : $"'## [{tag}]'")}: add one, or pass the tag its heading has.")
            : section.Notes;
    }

    /// <summary>
    /// The latest release's notes as one text for a package's <c>PackageReleaseNotes</c>, each line a line; for a GitHub
    /// <paramref name="repository"/> read from its work tree, followed by a line linking to the whole changelog.
    /// </summary>
    /// <param name="changelogFile">The changelog.</param>
    /// <param name="repository">The repository, for the link; none when null or not on GitHub.</param>
    public static string GetNuGetReleaseNotes(AbsolutePath changelogFile, GitRepository? repository = null)
    {
        var lines = ExtractChangelogSectionNotes(changelogFile).ToList();
        if (repository is { LocalDirectory: not null } && repository.IsGitHubRepository())
        {
            lines.AddRange([string.Empty, $"Full changelog at {repository.GetGitHubBrowseUrl(changelogFile)}"]);
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>Every section of the changelog, in file order: the releases with their version, the unreleased one without.</summary>
    /// <exception cref="UsageException">The file has no section.</exception>
    public static IReadOnlyList<ReleaseNotes> ReadReleaseNotes(AbsolutePath changelogFile)
    {
        ArgumentNullException.ThrowIfNull(changelogFile);
        var sections = ChangelogSections.Read(File.ReadAllLines(changelogFile));
        if (sections.Count == 0)
        {
            throw new UsageException($"{changelogFile} has no release section: add a heading such as '## [Unreleased]' or '## [1.0.0] / 2024-01-01'.");
        }

        return [.. sections.Select(s => ChangelogSections.Version(s.Caption) is { } version
            ? new ReleaseNotes(version, s.Notes, s.StartIndex, s.EndIndex)
            : new ReleaseNotes(s.Notes, s.StartIndex, s.EndIndex))];
    }

    /// <summary>The changelog as a model: its unreleased section (if any) and every section.</summary>
    /// <exception cref="UsageException">The file has no section, or more than one without a version.</exception>
    public static ChangeLog ReadChangelog(AbsolutePath changelogFile)
    {
        var notes = ReadReleaseNotes(changelogFile);
        var unreleased = notes.Where(n => n.Unreleased).ToList();
        if (unreleased.Count > 1)
        {
            throw new UsageException($"{changelogFile} has {unreleased.Count} sections without a version (lines {string.Join(", ", unreleased.Select(n => n.StartIndex + 1))}): keep one '## [Unreleased]' and give the others a version.");
        }

        return new ChangeLog(changelogFile, unreleased.FirstOrDefault(), notes);
    }

    /// <summary>
    /// Makes the unreleased section of <paramref name="changelog"/> the release of <paramref name="tag"/>, as
    /// <see cref="FinalizeChangelog(AbsolutePath, string, GitRepository?)"/> does, after checking that the tag is newer
    /// than the latest release.
    /// </summary>
    /// <exception cref="UsageException">No unreleased section, or <paramref name="tag"/> is not newer than the latest release.</exception>
    public static void FinalizeChangelog(ChangeLog changelog, NuGetVersion tag, GitRepository? repository = null)
    {
        ArgumentNullException.ThrowIfNull(changelog);
        ArgumentNullException.ThrowIfNull(tag);
        if (changelog.LatestVersion is { } latest && tag.CompareTo(latest) <= 0)
        {
            throw new UsageException($"{tag} is not newer than {latest}, the latest release in {changelog.Path}: finalize a higher version.");
        }

        FinalizeChangelog(changelog.Path, tag.ToString(), repository);
    }

    /// <summary>
    /// Makes the unreleased section the release of <paramref name="tag"/>, dated today (UTC), and opens a new empty
    /// unreleased section above it. With a GitHub <paramref name="repository"/>, the link definitions at the end of the
    /// file are rewritten to compare each release with the one before it (and the unreleased section with the new tag).
    /// </summary>
    /// <exception cref="UsageException">There is no unreleased section, or <paramref name="tag"/> has one already.</exception>
    public static void FinalizeChangelog(AbsolutePath changelogFile, string tag, GitRepository? repository = null)
    {
        ArgumentNullException.ThrowIfNull(changelogFile);
        ArgumentException.ThrowIfNullOrEmpty(tag);
        var lines = File.ReadAllLines(changelogFile).ToList();
        var sections = ChangelogSections.Read(lines);
        if (sections.Exists(s => s.Names(tag)))
        {
            throw new UsageException($"{changelogFile} has a section for {tag} already: finalize a new version.");
        }

        var unreleased = sections.Find(s => s.IsUnreleased)
            ?? throw new UsageException($"{changelogFile} has no '## [Unreleased]' section to finalize: add one with the changes of {tag}.");
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        lines[unreleased.StartIndex] = $"## [{tag}] / {date}";
        lines.InsertRange(unreleased.StartIndex, [$"## [{unreleased.Caption}]", string.Empty]);
        if (repository is not null && repository.IsGitHubRepository())
        {
            ChangelogLinks.Rewrite(lines, repository);
        }

        File.WriteAllText(changelogFile, string.Join('\n', lines) + "\n");
    }
}
