namespace Automation;

/// <summary>What the older <see cref="FileSystemTasks"/> do with an existing target file (NUKE before 7).</summary>
public enum FileExistsPolicy
{
    /// <summary>An error.</summary>
    Fail,

    /// <summary>Keep the existing file.</summary>
    Skip,

    /// <summary>Replace it.</summary>
    Overwrite,

    /// <summary>Replace it when the source was written later.</summary>
    OverwriteIfNewer,
}
