namespace Automation;

/// <summary>What <c>Copy</c>, <c>Move</c> and <c>Rename</c> do when the target exists (NUKE's <c>ExistsPolicy</c>):
/// one directory flag and one file flag.</summary>
[Flags]
public enum ExistsPolicy
{
    /// <summary>An existing target directory is an error.</summary>
    DirectoryFail = 1,

    /// <summary>Files go into the existing target directory, beside what it holds.</summary>
    DirectoryMerge = 2,

    /// <summary>An existing target file is an error.</summary>
    FileFail = 4,

    /// <summary>An existing target file stays as it is.</summary>
    FileSkip = 8,

    /// <summary>An existing target file is replaced.</summary>
    FileOverwrite = 16,

    /// <summary>An existing target file is replaced when the source was written later.</summary>
    FileOverwriteIfNewer = 32,

    /// <summary>Any existing target is an error (the default).</summary>
    Fail = DirectoryFail | FileFail,

    /// <summary>Merge directories, keep existing files.</summary>
    MergeAndSkip = DirectoryMerge | FileSkip,

    /// <summary>Merge directories, replace existing files.</summary>
    MergeAndOverwrite = DirectoryMerge | FileOverwrite,

    /// <summary>Merge directories, replace existing files that are older.</summary>
    MergeAndOverwriteIfNewer = DirectoryMerge | FileOverwriteIfNewer,
}
