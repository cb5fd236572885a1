using System.Text;
using Automation.IO.Files;

namespace Automation;

public static partial class AbsolutePathExtensions
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The text of the file (UTF-8 unless another encoding is given or the file has a byte-order mark).</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding; UTF-8 by default.</param>
    public static string ReadAllText(this AbsolutePath path, Encoding? encoding = null) =>
        FileOperation.Read(path, () => File.ReadAllText(path, encoding ?? Utf8WithoutBom));

    /// <summary>The lines of the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding; UTF-8 by default.</param>
    public static string[] ReadAllLines(this AbsolutePath path, Encoding? encoding = null) =>
        FileOperation.Read(path, () => File.ReadAllLines(path, encoding ?? Utf8WithoutBom));

    /// <summary>The bytes of the file.</summary>
    /// <param name="path">The file.</param>
    public static byte[] ReadAllBytes(this AbsolutePath path) => FileOperation.Read(path, () => File.ReadAllBytes(path));

    /// <summary>Writes the text (UTF-8 without byte-order mark by default), creating parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="content">The text.</param>
    /// <param name="encoding">The encoding; UTF-8 without byte-order mark by default.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath WriteAllText(this AbsolutePath path, string content, Encoding? encoding = null) =>
        Write(path, "write", () => File.WriteAllText(path, content, encoding ?? Utf8WithoutBom));

    /// <summary>Writes the lines, each ended by a line break, creating parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="encoding">The encoding; UTF-8 without byte-order mark by default.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath WriteAllLines(this AbsolutePath path, IEnumerable<string> lines, Encoding? encoding = null) =>
        Write(path, "write", () => File.WriteAllLines(path, lines, encoding ?? Utf8WithoutBom));

    /// <summary>Writes the bytes, creating parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath WriteAllBytes(this AbsolutePath path, byte[] bytes) => Write(path, "write", () => File.WriteAllBytes(path, bytes));

    /// <summary>Appends the text, creating the file and its parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="content">The text.</param>
    /// <param name="encoding">The encoding; UTF-8 without byte-order mark by default.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath AppendAllText(this AbsolutePath path, string content, Encoding? encoding = null) =>
        Write(path, "append to", () => File.AppendAllText(path, content, encoding ?? Utf8WithoutBom));

    /// <summary>Appends the lines, creating the file and its parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="encoding">The encoding; UTF-8 without byte-order mark by default.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath AppendAllLines(this AbsolutePath path, IEnumerable<string> lines, Encoding? encoding = null) =>
        Write(path, "append to", () => File.AppendAllLines(path, lines, encoding ?? Utf8WithoutBom));

    /// <summary>Replaces the text of the file by what <paramref name="update"/> makes of it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="update">From old text to new.</param>
    /// <param name="encoding">The encoding; UTF-8 by default.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath UpdateText(this AbsolutePath path, Func<string, string> update, Encoding? encoding = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        return path.WriteAllText(update(path.ReadAllText(encoding)), encoding);
    }

    private static AbsolutePath Write(AbsolutePath path, string operation, Action write)
    {
        ArgumentNullException.ThrowIfNull(path);
        path.Parent?.CreateDirectory();
        FileOperation.Run(operation, path, write);
        return path;
    }
}
