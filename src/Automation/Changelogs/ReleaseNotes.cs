using NuGet.Versioning;

namespace Automation;

/// <summary>
/// NUKE's <c>ReleaseNotes</c>: one section of a changelog read by <see cref="ChangelogTasks.ReadReleaseNotes"/>, the
/// notes of a release (<see cref="Version"/> set) or of the changes not released yet (<see cref="Unreleased"/>).
/// </summary>
public sealed class ReleaseNotes
{
    /// <summary>The notes of a release.</summary>
    /// <param name="version">The release's version.</param>
    /// <param name="notes">The section's lines.</param>
    /// <param name="startIndex">The index of the section's heading line in the file.</param>
    /// <param name="endIndex">The index of the section's last line in the file.</param>
    public ReleaseNotes(NuGetVersion version, IReadOnlyList<string> notes, int startIndex, int endIndex)
        : this(notes, startIndex, endIndex)
    {
        ArgumentNullException.ThrowIfNull(version);
        Version = version;
    }

    /// <summary>The notes of the changes not released yet.</summary>
    /// <param name="notes">The section's lines.</param>
    /// <param name="startIndex">The index of the section's heading line in the file.</param>
    /// <param name="endIndex">The index of the section's last line in the file.</param>
    public ReleaseNotes(IReadOnlyList<string> notes, int startIndex, int endIndex)
    {
        ArgumentNullException.ThrowIfNull(notes);
        Notes = notes;
        StartIndex = startIndex;
        EndIndex = endIndex;
    }

    /// <summary>The release's version; null for the unreleased section.</summary>
    public NuGetVersion? Version { get; }

    /// <summary>The section's lines, without its heading, surrounding blank lines and link definitions.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The index (from 0) of the section's heading line in the file.</summary>
    public int StartIndex { get; }

    /// <summary>The index (from 0) of the section's last line in the file (its heading's when it has no notes).</summary>
    public int EndIndex { get; }

    /// <summary>Whether this is the section of changes not released yet.</summary>
    public bool Unreleased => Version is null;

    /// <summary>Whether the section has no notes but blank lines.</summary>
    public bool IsEmpty => Notes.All(string.IsNullOrWhiteSpace);

    /// <summary>The notes, one line each.</summary>
    public override string ToString() => string.Join(Environment.NewLine, Notes);
}
