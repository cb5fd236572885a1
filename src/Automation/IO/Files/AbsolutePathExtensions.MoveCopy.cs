using Automation.IO.Files;

namespace Automation;

public static partial class AbsolutePathExtensions
{
    /// <summary>Copies a file or a directory tree to <paramref name="target"/>.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="target">The new path (not the directory to put it in: see <see cref="CopyToDirectory"/>).</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="excludeDirectory">Directories of the tree not to copy.</param>
    /// <param name="excludeFile">Files of the tree not to copy.</param>
    /// <param name="createDirectories">Whether to create the target's missing parents.</param>
    /// <returns>The target.</returns>
    public static AbsolutePath Copy(
        this AbsolutePath source,
        AbsolutePath target,
        ExistsPolicy policy = ExistsPolicy.Fail,
        Func<AbsolutePath, bool>? excludeDirectory = null,
        Func<AbsolutePath, bool>? excludeFile = null,
        bool createDirectories = true) =>
        FileTransfer.Run(source, target, policy, createDirectories, move: false, excludeDirectory, excludeFile);

    /// <summary>Copies a file or directory into <paramref name="target"/>, keeping its name.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="target">The directory to copy into.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="excludeDirectory">Directories of the tree not to copy.</param>
    /// <param name="excludeFile">Files of the tree not to copy.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    /// <returns>The new path.</returns>
    public static AbsolutePath CopyToDirectory(
        this AbsolutePath source,
        AbsolutePath target,
        ExistsPolicy policy = ExistsPolicy.Fail,
        Func<AbsolutePath, bool>? excludeDirectory = null,
        Func<AbsolutePath, bool>? excludeFile = null,
        bool createDirectories = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return source.Copy(target / source.Name, policy, excludeDirectory, excludeFile, createDirectories);
    }

    /// <summary>Moves a file or directory to <paramref name="target"/>.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="target">The new path.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create the target's missing parents.</param>
    /// <param name="deleteRemainingFiles">With a merge that skipped files: whether to delete what stayed behind.</param>
    /// <returns>The target.</returns>
    public static AbsolutePath Move(
        this AbsolutePath source,
        AbsolutePath target,
        ExistsPolicy policy = ExistsPolicy.Fail,
        bool createDirectories = true,
        bool deleteRemainingFiles = false)
    {
        var moved = FileTransfer.Run(source, target, policy, createDirectories, move: true, null, null);
        if (deleteRemainingFiles)
        {
            source.DeleteDirectory();
        }

        return moved;
    }

    /// <summary>Moves a file or directory to the path <paramref name="newPath"/> makes of it.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="newPath">From the old path to the new.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create the target's missing parents.</param>
    /// <returns>The target.</returns>
    public static AbsolutePath Move(this AbsolutePath source, Func<AbsolutePath, AbsolutePath> newPath, ExistsPolicy policy = ExistsPolicy.Fail, bool createDirectories = true)
    {
        ArgumentNullException.ThrowIfNull(newPath);
        return source.Move(newPath(source), policy, createDirectories);
    }

    /// <summary>Moves a file or directory into <paramref name="target"/>, keeping its name.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="target">The directory to move into.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <param name="createDirectories">Whether to create missing directories.</param>
    /// <returns>The new path.</returns>
    public static AbsolutePath MoveToDirectory(this AbsolutePath source, AbsolutePath target, ExistsPolicy policy = ExistsPolicy.Fail, bool createDirectories = true)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return source.Move(target / source.Name, policy, createDirectories);
    }

    /// <summary>Renames a file or directory within its directory.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="newName">The new name.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <returns>The new path.</returns>
    public static AbsolutePath Rename(this AbsolutePath source, string newName, ExistsPolicy policy = ExistsPolicy.Fail)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parent = source.Parent ?? throw new IOException($"Could not rename '{source}': a file-system root has no name to change.");
        return source.Move(parent / newName, policy);
    }

    /// <summary>Renames a file or directory to the name <paramref name="newName"/> makes of it.</summary>
    /// <param name="source">The file or directory.</param>
    /// <param name="newName">From the old path to the new name.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <returns>The new path.</returns>
    public static AbsolutePath Rename(this AbsolutePath source, Func<AbsolutePath, string> newName, ExistsPolicy policy = ExistsPolicy.Fail)
    {
        ArgumentNullException.ThrowIfNull(newName);
        return source.Rename(newName(source), policy);
    }

    /// <summary>Renames a file, keeping its extension.</summary>
    /// <param name="source">The file.</param>
    /// <param name="newName">The new name without extension.</param>
    /// <param name="policy">What to do with an existing target.</param>
    /// <returns>The new path.</returns>
    public static AbsolutePath RenameWithoutExtension(this AbsolutePath source, string newName, ExistsPolicy policy = ExistsPolicy.Fail)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Rename(newName + source.Extension, policy);
    }
}
