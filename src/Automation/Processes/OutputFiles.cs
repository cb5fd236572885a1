using System.Text;

namespace Automation.Processes;

/// <summary>
/// The files under <c>.nuke/temp/output/</c> that hold a command's whole output when it is longer than its result
/// keeps (<c>&lt;target&gt;-&lt;n&gt;.log</c>). The folder keeps the <see cref="Kept"/> newest; older ones are deleted
/// when a new one is made, so it does not grow without limit.
/// </summary>
internal static class OutputFiles
{
    /// <summary>How many files the folder keeps.</summary>
    public const int Kept = 20;

    /// <summary>Creates the next free <c>&lt;name&gt;-&lt;n&gt;.log</c> in <paramref name="folder"/>; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot.</summary>
    public static (string Path, StreamWriter Writer) Create(string folder, string name)
    {
        Directory.CreateDirectory(folder);
        DeleteOldest(folder);
        var safeName = string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
        // Numbers go on from the highest there, so a name is not reused for another command's output after a deletion.
        var highest = Directory.EnumerateFiles(folder, safeName + "-*.log")
            .Select(file => int.TryParse(Path.GetFileNameWithoutExtension(file)[(safeName.Length + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        for (var n = highest + 1; ; n++)
        {
            var path = Path.Combine(folder, $"{safeName}-{n}.log");
            try
            {
                // CreateNew: a number another command (or build) took meanwhile is skipped, never overwritten.
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 64 * 1024);
                return (path, new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" });
            }
            catch (IOException) when (File.Exists(path))
            {
            }
        }
    }

    private static void DeleteOldest(string folder)
    {
        foreach (var old in new DirectoryInfo(folder).EnumerateFiles("*.log").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Kept - 1))
        {
            try
            {
                old.Delete();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Open elsewhere (Windows) or not ours: the next command tries again.
            }
        }
    }
}
