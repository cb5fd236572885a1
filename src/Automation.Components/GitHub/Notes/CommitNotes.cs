namespace Automation.Components;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>Release notes made from commit subjects, for repositories without a changelog section for the version.</remarks>
internal static class CommitNotes
{
    /// <summary>More subjects than this are summarized, so a first release of a long history stays readable (and under GitHub's body limit).</summary>
    public const int MaxSubjects = 200;

    /// <summary>A Markdown list of the subjects, newest first as <c>git log</c> gives them; a count for the rest.</summary>
    /// <param name="subjects">The commit subjects.</param>
    /// <param name="previousTag">The tag the list starts after, or null when it covers all history.</param>
    /// <param name="total">How many commits there are, when <paramref name="subjects"/> holds only the first of them.</param>
    public static string Format(IReadOnlyList<string> subjects, string? previousTag, int? total = null)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var shown = subjects.Where(s => s.Trim().Length > 0).ToList();
        if (shown.Count == 0)
        {
            return previousTag is null ? "No changes." : $"No changes since {previousTag}.";
        }

        var lines = shown.Take(MaxSubjects).Select(s => $"- {s.Trim()}").ToList();
        var more = Math.Max(total ?? 0, shown.Count) - lines.Count;
        if (more > 0)
        {
            lines.Add($"- … and {more} more commits");
        }

        var heading = previousTag is null ? "Changes" : $"Changes since {previousTag}";
        return $"{heading}:\n\n{string.Join('\n', lines)}";
    }
}
