using Automation.IO.Files;

namespace Automation;

public static partial class AbsolutePathExtensions
{
    /// <summary>Creates the directory and its parents when missing.</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath CreateDirectory(this AbsolutePath path)
    {
        FileOperation.Run("create directory", path, () => Directory.CreateDirectory(path));
        return path;
    }

    /// <summary>Creates the directory, or empties it when it exists (the links in it go, not what they point to).</summary>
    /// <param name="path">The directory.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath CreateOrCleanDirectory(this AbsolutePath path)
    {
        if (path.DirectoryExists() && new DirectoryInfo(path).LinkTarget is null)
        {
            foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos())
            {
                FileOperation.DeleteEntry(AbsolutePath.Create(entry.FullName));
            }

            return path;
        }

        return path.CreateDirectory();
    }

    /// <summary>Creates an empty file or updates the time of an existing one.</summary>
    /// <param name="path">The file.</param>
    /// <param name="time">The time to set; now by default.</param>
    /// <param name="createDirectories">Whether to create missing parent directories.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath TouchFile(this AbsolutePath path, DateTime? time = null, bool createDirectories = true)
    {
        if (createDirectories)
        {
            path.Parent?.CreateDirectory();
        }

        FileOperation.Run("touch", path, () =>
        {
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, []);
            }

            File.SetLastWriteTimeUtc(path, (time ?? DateTime.Now).ToUniversalTime());
        });
        return path;
    }

    /// <summary>Deletes the file when it exists (a link: the link only).</summary>
    /// <param name="path">The file.</param>
    public static void DeleteFile(this AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
        {
            FileOperation.Run("delete file", path, () => File.Delete(path));
        }
    }

    /// <summary>Deletes the directory and everything in it when it exists. A link (to the directory, or inside it) is
    /// removed as a link: what it points to is never touched.</summary>
    /// <param name="path">The directory.</param>
    public static void DeleteDirectory(this AbsolutePath path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path) || new DirectoryInfo(path).LinkTarget is not null)
        {
            FileOperation.DeleteEntry(path);
        }
    }

    /// <summary>Deletes each file.</summary>
    /// <param name="paths">The files.</param>
    public static void DeleteFiles(this IEnumerable<AbsolutePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths.ToList())
        {
            path.DeleteFile();
        }
    }

    /// <summary>Deletes each directory (<c>RootDirectory.GlobDirectories("**/bin", "**/obj").DeleteDirectories()</c>).</summary>
    /// <param name="paths">The directories.</param>
    public static void DeleteDirectories(this IEnumerable<AbsolutePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths.ToList())
        {
            path.DeleteDirectory();
        }
    }

    /// <summary>Empties or creates each directory.</summary>
    /// <param name="paths">The directories.</param>
    public static void CreateOrCleanDirectories(this IEnumerable<AbsolutePath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var path in paths.ToList())
        {
            path.CreateOrCleanDirectory();
        }
    }
}
