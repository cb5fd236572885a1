using NuGet.Versioning;

namespace Automation;

/// <summary>
/// NUKE's <c>ChangeLog</c>: a changelog file read by <see cref="ChangelogTasks.ReadChangelog"/>, its unreleased section
/// and the notes of every release, newest first as the file lists them.
/// </summary>
public sealed class ChangeLog
{
    /// <summary>A changelog with an unreleased section.</summary>
    /// <param name="path">The file.</param>
    /// <param name="unreleased">The unreleased section, or null.</param>
    /// <param name="releaseNotes">Every section, in file order.</param>
    public ChangeLog(AbsolutePath path, ReleaseNotes? unreleased, IReadOnlyList<ReleaseNotes> releaseNotes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(releaseNotes);
        Path = path;
        Unreleased = unreleased;
        ReleaseNotes = releaseNotes;
    }

    /// <summary>A changelog without an unreleased section.</summary>
    /// <param name="path">The file.</param>
    /// <param name="releaseNotes">Every section, in file order.</param>
    public ChangeLog(AbsolutePath path, IReadOnlyList<ReleaseNotes> releaseNotes)
        : this(path, null, releaseNotes)
    {
    }

    /// <summary>The changelog file.</summary>
    public AbsolutePath Path { get; }

    /// <summary>The section of changes not released yet, or null when the file has none.</summary>
    public ReleaseNotes? Unreleased { get; }

    /// <summary>Every section, in file order (the unreleased one included, as in NUKE).</summary>
    public IReadOnlyList<ReleaseNotes> ReleaseNotes { get; }

    /// <summary>The version of the first released section, or null when nothing is released yet.</summary>
    public NuGetVersion? LatestVersion => ReleaseNotes.FirstOrDefault(r => !r.Unreleased)?.Version;
}
