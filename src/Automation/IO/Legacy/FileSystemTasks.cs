using Automation.IO.Legacy;

namespace Automation;

/// <summary>
/// The file tasks of NUKE before 7 (<c>using static Nuke.Common.IO.FileSystemTasks;</c>), kept working for ported
/// builds; each is obsolete in favour of the <see cref="AbsolutePath"/> method its message names, as in NUKE.
/// </summary>
public static class FileSystemTasks
{
    /// <summary>Creates the directory when missing.</summary>
    /// <param name="directory">The directory.</param>
    [Obsolete("Use AbsolutePath.CreateDirectory()")]
    public static void EnsureExistingDirectory(AbsolutePath directory) => directory.CreateDirectory();

    /// <summary>Creates the file's directory when missing.</summary>
    /// <param name="file">The file.</param>
    [Obsolete("Use AbsolutePath.Parent.CreateDirectory()")]
    public static void EnsureExistingParentDirectory(AbsolutePath file)
    {
        ArgumentNullException.ThrowIfNull(file);
        file.Parent?.CreateDirectory();
    }

    /// <summary>Creates the directory, or empties it.</summary>
    /// <param name="directory">The directory.</param>
    [Obsolete("Use AbsolutePath.CreateOrCleanDirectory()")]
    public static void EnsureCleanDirectory(AbsolutePath directory) => directory.CreateOrCleanDirectory();

    /// <summary>Creates or empties each directory.</summary>
    /// <param name="directories">The directories.</param>
    [Obsolete("Use AbsolutePath.CreateOrCleanDirectory() on each, or IEnumerable<AbsolutePath>.CreateOrCleanDirectories()")]
    public static void EnsureCleanDirectories(IEnumerable<AbsolutePath> directories) => directories.CreateOrCleanDirectories();

    /// <summary>Deletes the directory and what it holds, when it exists.</summary>
    /// <param name="directory">The directory.</param>
    [Obsolete("Use AbsolutePath.DeleteDirectory()")]
    public static void DeleteDirectory(AbsolutePath directory) => directory.DeleteDirectory();

    /// <summary>Deletes the file when it exists.</summary>
    /// <param name="file">The file.</param>
    [Obsolete("Use AbsolutePath.DeleteFile()")]
    public static void DeleteFile(AbsolutePath file) => file.DeleteFile();

    /// <summary>Copies a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="target">The new file.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    [Obsolete("Use AbsolutePath.Copy()")]
    public static void CopyFile(AbsolutePath source, AbsolutePath target, FileExistsPolicy policy = FileExistsPolicy.Fail, bool createDirectories = true) =>
        source.Copy(target, LegacyPolicy.Of(DirectoryExistsPolicy.Fail, policy), createDirectories: createDirectories);

    /// <summary>Copies a file into a directory.</summary>
    /// <param name="source">The file.</param>
    /// <param name="targetDirectory">The directory.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    [Obsolete("Use AbsolutePath.CopyToDirectory()")]
    public static void CopyFileToDirectory(AbsolutePath source, AbsolutePath targetDirectory, FileExistsPolicy policy = FileExistsPolicy.Fail, bool createDirectories = true) =>
        source.CopyToDirectory(targetDirectory, LegacyPolicy.Of(DirectoryExistsPolicy.Merge, policy), createDirectories: createDirectories);

    /// <summary>Copies a directory tree.</summary>
    /// <param name="source">The directory.</param>
    /// <param name="target">The new directory.</param>
    /// <param name="directoryPolicy">What to do with an existing target directory.</param>
    /// <param name="filePolicy">What to do with existing target files.</param>
    /// <param name="excludeDirectory">Directories not to copy.</param>
    /// <param name="excludeFile">Files not to copy.</param>
    [Obsolete("Use AbsolutePath.Copy()")]
    public static void CopyDirectoryRecursively(
        AbsolutePath source,
        AbsolutePath target,
        DirectoryExistsPolicy directoryPolicy = DirectoryExistsPolicy.Fail,
        FileExistsPolicy filePolicy = FileExistsPolicy.Fail,
        Func<DirectoryInfo, bool>? excludeDirectory = null,
        Func<FileInfo, bool>? excludeFile = null) =>
        source.Copy(
            target,
            LegacyPolicy.Of(directoryPolicy, filePolicy),
            excludeDirectory is null ? null : d => excludeDirectory(new DirectoryInfo(d)),
            excludeFile is null ? null : f => excludeFile(new FileInfo(f)));

    /// <summary>Moves a file.</summary>
    /// <param name="source">The file.</param>
    /// <param name="target">The new path.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    [Obsolete("Use AbsolutePath.Move()")]
    public static void MoveFile(AbsolutePath source, AbsolutePath target, FileExistsPolicy policy = FileExistsPolicy.Fail, bool createDirectories = true) =>
        source.Move(target, LegacyPolicy.Of(DirectoryExistsPolicy.Fail, policy), createDirectories);

    /// <summary>Moves a file into a directory.</summary>
    /// <param name="source">The file.</param>
    /// <param name="targetDirectory">The directory.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    [Obsolete("Use AbsolutePath.MoveToDirectory()")]
    public static void MoveFileToDirectory(AbsolutePath source, AbsolutePath targetDirectory, FileExistsPolicy policy = FileExistsPolicy.Fail, bool createDirectories = true) =>
        source.MoveToDirectory(targetDirectory, LegacyPolicy.Of(DirectoryExistsPolicy.Merge, policy), createDirectories);

    /// <summary>Moves a directory.</summary>
    /// <param name="source">The directory.</param>
    /// <param name="target">The new path.</param>
    /// <param name="directoryPolicy">What to do with an existing target directory.</param>
    /// <param name="filePolicy">What to do with existing target files.</param>
    [Obsolete("Use AbsolutePath.Move()")]
    public static void MoveDirectory(AbsolutePath source, AbsolutePath target, DirectoryExistsPolicy directoryPolicy = DirectoryExistsPolicy.Fail, FileExistsPolicy filePolicy = FileExistsPolicy.Fail) =>
        source.Move(target, LegacyPolicy.Of(directoryPolicy, filePolicy));

    /// <summary>Moves a directory into another.</summary>
    /// <param name="source">The directory.</param>
    /// <param name="targetDirectory">The directory to move into.</param>
    /// <param name="directoryPolicy">What to do with an existing target directory.</param>
    /// <param name="filePolicy">What to do with existing target files.</param>
    [Obsolete("Use AbsolutePath.MoveToDirectory()")]
    public static void MoveDirectoryToDirectory(AbsolutePath source, AbsolutePath targetDirectory, DirectoryExistsPolicy directoryPolicy = DirectoryExistsPolicy.Fail, FileExistsPolicy filePolicy = FileExistsPolicy.Fail) =>
        source.MoveToDirectory(targetDirectory, LegacyPolicy.Of(directoryPolicy, filePolicy));

    /// <summary>Renames a file.</summary>
    /// <param name="file">The file.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="policy">What to do with an existing target.</param>
    [Obsolete("Use AbsolutePath.Rename()")]
    public static void RenameFile(AbsolutePath file, string newName, FileExistsPolicy policy = FileExistsPolicy.Fail) =>
        file.Rename(newName, LegacyPolicy.Of(DirectoryExistsPolicy.Fail, policy));

    /// <summary>Renames a directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="directoryPolicy">What to do with an existing target directory.</param>
    /// <param name="filePolicy">What to do with existing target files.</param>
    [Obsolete("Use AbsolutePath.Rename()")]
    public static void RenameDirectory(AbsolutePath directory, string newName, DirectoryExistsPolicy directoryPolicy = DirectoryExistsPolicy.Fail, FileExistsPolicy filePolicy = FileExistsPolicy.Fail) =>
        directory.Rename(newName, LegacyPolicy.Of(directoryPolicy, filePolicy));

    /// <summary>Creates the file or updates its time.</summary>
    /// <param name="path">The file.</param>
    /// <param name="time">The time; now by default.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    [Obsolete("Use AbsolutePath.TouchFile()")]
    public static void Touch(AbsolutePath path, DateTime? time = null, bool createDirectories = true) => path.TouchFile(time, createDirectories);

    /// <summary>Whether the file exists.</summary>
    /// <param name="path">The file.</param>
    [Obsolete("Use AbsolutePath.FileExists()")]
    public static bool FileExists(AbsolutePath path) => path is not null && path.FileExists();

    /// <summary>Whether the directory exists.</summary>
    /// <param name="path">The directory.</param>
    [Obsolete("Use AbsolutePath.DirectoryExists()")]
    public static bool DirectoryExists(AbsolutePath path) => path is not null && path.DirectoryExists();
}
