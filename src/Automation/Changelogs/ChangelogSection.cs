namespace Automation.Changelogs;

/// <summary>
/// One release section of a changelog: its heading line, the last line of its notes, its caption (<c>1.2.0</c>,
/// <c>Unreleased</c>) and its notes without surrounding blank lines and link definitions.
/// </summary>
internal sealed record ChangelogSection(int StartIndex, int EndIndex, string Caption, IReadOnlyList<string> Notes)
{
    /// <summary>Whether this is the section of changes not released yet (<c>Unreleased</c>, <c>vNext</c>).</summary>
    public bool IsUnreleased =>
        Caption.Equals("Unreleased", StringComparison.OrdinalIgnoreCase) || Caption.Equals("vNext", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the caption names <paramref name="tag"/> (<c>1.2.0</c> or <c>v1.2.0</c>).</summary>
    public bool Names(string tag) => Caption.Equals(ChangelogSections.WithoutPrefix(tag), StringComparison.OrdinalIgnoreCase);
}
