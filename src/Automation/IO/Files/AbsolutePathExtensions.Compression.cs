using System.Formats.Tar;
using System.IO.Compression;
using Automation.IO.Files;

namespace Automation;

public static partial class AbsolutePathExtensions
{
    /// <summary>Packs the directory's files into a zip archive (paths inside relative to the directory, with <c>/</c>).</summary>
    /// <param name="directory">The directory to pack.</param>
    /// <param name="archiveFile">The archive to write; its directory is created.</param>
    /// <param name="filter">Which files to pack; all by default.</param>
    /// <param name="compressionLevel">How hard to compress.</param>
    /// <param name="fileMode"><see cref="FileMode.CreateNew"/> (the default) fails when the archive exists; <see cref="FileMode.Create"/> replaces it.</param>
    /// <returns>The archive.</returns>
    public static AbsolutePath ZipTo(this AbsolutePath directory, AbsolutePath archiveFile, Func<AbsolutePath, bool>? filter = null, CompressionLevel compressionLevel = CompressionLevel.Optimal, FileMode fileMode = FileMode.CreateNew)
    {
        var files = Archive.FilesOf(directory, filter);
        archiveFile.Parent?.CreateDirectory();
        FileOperation.Run("write archive", archiveFile, () =>
        {
            using var stream = new FileStream(archiveFile, fileMode, FileAccess.Write);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
            foreach (var file in files)
            {
                zip.CreateEntryFromFile(file, file.RelativeTo(directory).Replace('\\', '/'), compressionLevel);
            }
        });
        return archiveFile;
    }

    /// <summary>Extracts a zip archive into <paramref name="directory"/>; an entry that would land outside it is an error.</summary>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="directory">Where to extract; created when missing.</param>
    /// <param name="overwrite">Whether to replace existing files.</param>
    /// <returns>The directory.</returns>
    public static AbsolutePath UnZipTo(this AbsolutePath archiveFile, AbsolutePath directory, bool overwrite = false)
    {
        directory.CreateDirectory();
        FileOperation.Run("extract", archiveFile, () => ZipFile.ExtractToDirectory(archiveFile, directory, overwrite));
        return directory;
    }

    /// <summary>Packs the directory's files into a gzip-compressed tar archive (<c>.tar.gz</c>), keeping Unix modes.</summary>
    /// <param name="directory">The directory to pack.</param>
    /// <param name="archiveFile">The archive to write; its directory is created.</param>
    /// <param name="filter">Which files to pack; all by default.</param>
    /// <param name="fileMode"><see cref="FileMode.CreateNew"/> (the default) fails when the archive exists.</param>
    /// <returns>The archive.</returns>
    public static AbsolutePath TarGZipTo(this AbsolutePath directory, AbsolutePath archiveFile, Func<AbsolutePath, bool>? filter = null, FileMode fileMode = FileMode.CreateNew)
    {
        var files = Archive.FilesOf(directory, filter);
        archiveFile.Parent?.CreateDirectory();
        FileOperation.Run("write archive", archiveFile, () =>
        {
            using var stream = new FileStream(archiveFile, fileMode, FileAccess.Write);
            using var gzip = new GZipStream(stream, CompressionLevel.Optimal);
            using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
            foreach (var file in files)
            {
                tar.WriteEntry(file, file.RelativeTo(directory).Replace('\\', '/'));
            }
        });
        return archiveFile;
    }

    /// <summary>Extracts a <c>.tar.gz</c> archive into <paramref name="directory"/>; an entry that would land outside it is an error.</summary>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="directory">Where to extract; created when missing.</param>
    /// <param name="overwrite">Whether to replace existing files.</param>
    /// <returns>The directory.</returns>
    public static AbsolutePath UnTarGZipTo(this AbsolutePath archiveFile, AbsolutePath directory, bool overwrite = false)
    {
        directory.CreateDirectory();
        FileOperation.Run("extract", archiveFile, () =>
        {
            using var stream = File.OpenRead(archiveFile);
            using var gzip = new GZipStream(stream, CompressionMode.Decompress);
            TarFile.ExtractToDirectory(gzip, directory, overwrite);
        });
        return directory;
    }

    /// <summary>Packs the directory into the archive its extension names: <c>.zip</c>, <c>.tar.gz</c> or <c>.tgz</c>.</summary>
    /// <param name="directory">The directory to pack.</param>
    /// <param name="archiveFile">The archive to write.</param>
    /// <param name="filter">Which files to pack; all by default.</param>
    /// <param name="fileMode"><see cref="FileMode.CreateNew"/> (the default) fails when the archive exists.</param>
    /// <returns>The archive.</returns>
    public static AbsolutePath CompressTo(this AbsolutePath directory, AbsolutePath archiveFile, Func<AbsolutePath, bool>? filter = null, FileMode fileMode = FileMode.CreateNew) =>
        Archive.KindOf(archiveFile) == Archive.Kind.Zip
            ? directory.ZipTo(archiveFile, filter, fileMode: fileMode)
            : directory.TarGZipTo(archiveFile, filter, fileMode);

    /// <summary>Extracts the archive its extension names: <c>.zip</c>, <c>.tar.gz</c> or <c>.tgz</c>.</summary>
    /// <param name="archiveFile">The archive.</param>
    /// <param name="directory">Where to extract.</param>
    /// <param name="overwrite">Whether to replace existing files.</param>
    /// <returns>The directory.</returns>
    public static AbsolutePath UncompressTo(this AbsolutePath archiveFile, AbsolutePath directory, bool overwrite = false) =>
        Archive.KindOf(archiveFile) == Archive.Kind.Zip
            ? archiveFile.UnZipTo(directory, overwrite)
            : archiveFile.UnTarGZipTo(directory, overwrite);
}
