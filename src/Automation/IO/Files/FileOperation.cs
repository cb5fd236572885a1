namespace Automation.IO.Files;

/// <summary>Runs one file-system operation so that its error names the path and what was attempted.</summary>
internal static class FileOperation
{
    public static void Run(string operation, AbsolutePath path, Action action)
    {
        try
        {
            action();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Could not {operation} '{path}': {exception.Message}", exception);
        }
    }

    public static T Read<T>(AbsolutePath path, Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"Could not read '{path}': {exception.Message}", exception);
        }
    }

    /// <summary>Deletes a file, a link or a directory tree; links are unlinked, never followed.</summary>
    public static void DeleteEntry(AbsolutePath path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null || !Directory.Exists(path))
        {
            Run("delete", path, () =>
            {
                if (Directory.Exists(path) && info.LinkTarget is not null && OperatingSystem.IsWindows())
                {
                    Directory.Delete(path);
                }
                else
                {
                    // A read-only file (git's pack files) would make File.Delete fail on Windows; the caller asked for it to go.
                    if (info.LinkTarget is null && info.Exists && info.IsReadOnly)
                    {
                        info.IsReadOnly = false;
                    }

                    File.Delete(path);
                }
            });
            return;
        }

        foreach (var entry in new DirectoryInfo(path).EnumerateFileSystemInfos())
        {
            DeleteEntry(AbsolutePath.Create(entry.FullName));
        }

        Run("delete directory", path, () => Directory.Delete(path));
    }
}
