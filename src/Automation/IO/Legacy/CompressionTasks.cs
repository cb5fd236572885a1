namespace Automation;

/// <summary>The archive tasks of NUKE before 7, kept working; each is obsolete in favour of the <see cref="AbsolutePath"/> method its message names.</summary>
public static class CompressionTasks
{
    /// <summary>Packs the directory into the archive its extension names (<c>.zip</c>, <c>.tar.gz</c>, <c>.tgz</c>).</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="filter">Which files to pack.</param>
    [Obsolete("Use AbsolutePath.CompressTo()")]
    public static void Compress(AbsolutePath directory, AbsolutePath archiveFile, Predicate<FileInfo>? filter = null) =>
        directory.CompressTo(archiveFile, filter is null ? null : f => filter(new FileInfo(f)), FileMode.Create);

    /// <summary>Extracts the archive its extension names.</summary>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="directory">Where to extract.</param>
    [Obsolete("Use AbsolutePath.UncompressTo()")]
    public static void Uncompress(AbsolutePath archiveFile, AbsolutePath directory) => archiveFile.UncompressTo(directory, overwrite: true);

    /// <summary>Packs the directory into a zip archive.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="filter">Which files to pack.</param>
    /// <param name="compressionLevel">How hard to compress.</param>
    /// <param name="fileMode">How to open the archive.</param>
    [Obsolete("Use AbsolutePath.ZipTo()")]
    public static void CompressZip(AbsolutePath directory, AbsolutePath archiveFile, Predicate<FileInfo>? filter = null, System.IO.Compression.CompressionLevel compressionLevel = System.IO.Compression.CompressionLevel.Optimal, FileMode fileMode = FileMode.CreateNew) =>
        directory.ZipTo(archiveFile, filter is null ? null : f => filter(new FileInfo(f)), compressionLevel, fileMode);

    /// <summary>Extracts a zip archive.</summary>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="directory">Where to extract.</param>
    [Obsolete("Use AbsolutePath.UnZipTo()")]
    public static void UncompressZip(AbsolutePath archiveFile, AbsolutePath directory) => archiveFile.UnZipTo(directory, overwrite: true);

    /// <summary>Packs the directory into a <c>.tar.gz</c> archive.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="filter">Which files to pack.</param>
    /// <param name="fileMode">How to open the archive.</param>
    [Obsolete("Use AbsolutePath.TarGZipTo()")]
    public static void CompressTarGZip(AbsolutePath directory, AbsolutePath archiveFile, Predicate<FileInfo>? filter = null, FileMode fileMode = FileMode.CreateNew) =>
        directory.TarGZipTo(archiveFile, filter is null ? null : f => filter(new FileInfo(f)), fileMode);

    /// <summary>Extracts a <c>.tar.gz</c> archive.</summary>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="directory">Where to extract.</param>
    [Obsolete("Use AbsolutePath.UnTarGZipTo()")]
    public static void UncompressTarGZip(AbsolutePath archiveFile, AbsolutePath directory) => archiveFile.UnTarGZipTo(directory, overwrite: true);
}
