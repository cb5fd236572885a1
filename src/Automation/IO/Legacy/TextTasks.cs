using System.Text;

namespace Automation;

/// <summary>NUKE's <c>TextTasks</c> (<c>using static Nuke.Common.IO.TextTasks;</c>): reading and writing text files.</summary>
public static class TextTasks
{
    /// <summary>The text of the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding; UTF-8 by default.</param>
    public static string ReadAllText(AbsolutePath path, Encoding? encoding = null) => path.ReadAllText(encoding);

    /// <summary>The lines of the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding; UTF-8 by default.</param>
    public static string[] ReadAllLines(AbsolutePath path, Encoding? encoding = null) => path.ReadAllLines(encoding);

    /// <summary>The bytes of the file.</summary>
    /// <param name="path">The file.</param>
    public static byte[] ReadAllBytes(AbsolutePath path) => path.ReadAllBytes();

    /// <summary>Writes the text, creating parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="content">The text.</param>
    /// <param name="encoding">The encoding; UTF-8 without byte-order mark by default.</param>
    public static void WriteAllText(AbsolutePath path, string content, Encoding? encoding = null) => path.WriteAllText(content, encoding);

    /// <summary>Writes the lines, creating parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="lines">The lines.</param>
    /// <param name="encoding">The encoding; UTF-8 without byte-order mark by default.</param>
    public static void WriteAllLines(AbsolutePath path, IEnumerable<string> lines, Encoding? encoding = null) => path.WriteAllLines(lines, encoding);

    /// <summary>Writes the bytes, creating parent directories.</summary>
    /// <param name="path">The file.</param>
    /// <param name="bytes">The content.</param>
    public static void WriteAllBytes(AbsolutePath path, byte[] bytes) => path.WriteAllBytes(bytes);
}
