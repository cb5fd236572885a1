namespace Automation.Changelogs;

/// <summary>
/// The link definitions at the end of a changelog that make each section heading a link to its changes on GitHub:
/// the unreleased section compares the latest tag with HEAD, each release compares its tag with the one before, and
/// the oldest release links to its tag's tree.
/// </summary>
internal static class ChangelogLinks
{
    /// <summary>Replaces the trailing link definitions (and blank lines) of <paramref name="lines"/> with fresh ones.</summary>
    public static void Rewrite(List<string> lines, GitRepository repository)
    {
        var end = lines.Count;
        while (end > 0 && (lines[end - 1].Trim().Length == 0 || ChangelogSections.IsLinkDefinition(lines[end - 1])))
        {
            end--;
        }

        lines.RemoveRange(end, lines.Count - end);
        var sections = ChangelogSections.Read(lines);
        if (sections.Count == 0)
        {
            return;
        }

        lines.Add(string.Empty);
        for (var i = 0; i < sections.Count; i++)
        {
            var caption = sections[i].Caption;
            var url = i + 1 == sections.Count ? repository.GetGitHubBrowseUrl(branch: caption)
                : sections[i].IsUnreleased ? repository.GetGitHubCompareTagToHeadUrl(sections[i + 1].Caption)
                : repository.GetGitHubCompareTagsUrl(sections[i + 1].Caption, caption);
            lines.Add($"[{caption}]: {url}");
        }
    }
}
