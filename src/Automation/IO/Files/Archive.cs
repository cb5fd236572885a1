namespace Automation.IO.Files;

/// <summary>What archive operations share: the files to pack and the archive kind an extension names.</summary>
internal static class Archive
{
    public enum Kind
    {
        Zip,
        TarGZip,
    }

    public static Kind KindOf(AbsolutePath archiveFile)
    {
        ArgumentNullException.ThrowIfNull(archiveFile);
        var name = archiveFile.Name;
        if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".nupkg", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Zip;
        }

        return name.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)
            ? Kind.TarGZip
            : throw new ArgumentException($"'{archiveFile}': unknown archive kind. Name it .zip, .tar.gz or .tgz, or call ZipTo/TarGZipTo.", nameof(archiveFile));
    }

    public static List<AbsolutePath> FilesOf(AbsolutePath directory, Func<AbsolutePath, bool>? filter)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!directory.DirectoryExists())
        {
            throw new DirectoryNotFoundException($"Could not pack '{directory}': the directory does not exist.");
        }

        return directory.GlobFiles("**/*").Where(file => filter?.Invoke(file) != false).ToList();
    }
}
