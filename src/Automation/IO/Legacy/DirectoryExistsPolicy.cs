namespace Automation;

/// <summary>What the older <see cref="FileSystemTasks"/> do with an existing target directory (NUKE before 7).</summary>
public enum DirectoryExistsPolicy
{
    /// <summary>An error.</summary>
    Fail,

    /// <summary>Copy into it, beside what it holds.</summary>
    Merge,
}
