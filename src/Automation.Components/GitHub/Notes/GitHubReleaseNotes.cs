namespace Automation.Components;

/// <summary>Finds a version's release notes: its <c>CHANGELOG.md</c> section, else the commit subjects since the previous tag.</summary>
internal static class GitHubReleaseNotes
{
    private static RunOptions Query { get; } = GitTasks.Quiet with { ReadOnly = true };

    /// <summary>The notes, and where they came from (for the log).</summary>
    public static (string Notes, string Source) For(ITargetContext context, string version)
    {
        if (Changelog(context.RootDirectory) is { } changelog && ChangelogSection.Find(File.ReadAllText(changelog), version) is { } section)
        {
            return (section, $"the {version} section of {changelog.Name}");
        }

        var previousTag = PreviousTag(context);
        var range = previousTag is null ? "HEAD" : $"{previousTag}..HEAD";

        // Only the subjects shown are read (a first release may span a history longer than a command's result keeps);
        // the rest are counted.
        var subjects = context.Git(["log", "--format=%s", $"--max-count={CommitNotes.MaxSubjects}", range], Query).OutputLines;
        var total = int.Parse(context.GitQuery("rev-list", "--count", range), System.Globalization.CultureInfo.InvariantCulture);
        var counted = total == 1 ? "1 commit subject" : $"{total} commit subjects";
        var source = previousTag is null ? $"{counted} (no earlier tag)" : $"{counted} since {previousTag}";
        return (CommitNotes.Format(subjects, previousTag, total), source);
    }

    private static AbsolutePath? Changelog(AbsolutePath root) =>
        Directory.EnumerateFiles(root, "*.md")
            .Where(f => string.Equals(Path.GetFileName(f), "CHANGELOG.md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(AbsolutePath.Create)
            .FirstOrDefault();

    // The nearest tag reachable from HEAD that is not on HEAD itself: HEAD usually carries the version being released.
    private static string? PreviousTag(ITargetContext context)
    {
        const int NoTagFound = 128;
        var exclusions = context.GitTags().Select(t => $"--exclude={t}");
        var result = context.Git(["describe", "--tags", "--abbrev=0", .. exclusions, "HEAD"], Query with { AcceptedExitCodes = [0, NoTagFound] });
        return result.ExitCode == 0 && result.StandardOutput.Trim() is { Length: > 0 } tag ? tag : null;
    }
}
