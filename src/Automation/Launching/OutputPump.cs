using System.Text;

namespace Automation.Launching;

/// <summary>
/// Reads one output stream of a process as it arrives: complete lines go to <c>onLine</c>; every chunk, including a
/// prompt that does not end with a newline, goes to <c>onText</c> (for responders). A line longer than
/// <see cref="MaxLineLength"/> is passed on in pieces, so one endless line cannot fill the memory.
/// </summary>
internal static class OutputPump
{
    /// <summary>The longest line passed on whole: 1 Mi characters.</summary>
    public const int MaxLineLength = 1024 * 1024;

    // A long line is cut at its last whitespace within this distance of the limit, so a secret (masked line by line)
    // is not cut in two.
    private const int CutSearch = 4096;

    public static async Task RunAsync(StreamReader reader, Action<string>? onLine, Action<string>? onText)
    {
        var buffer = new char[4096];
        var pending = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
        {
            var chunk = new string(buffer, 0, read);
            onText?.Invoke(chunk);
            if (onLine is null)
            {
                continue;
            }

            foreach (var c in chunk)
            {
                if (c == '\n')
                {
                    onLine(TrimCarriageReturn(pending));
                    pending.Clear();
                }
                else
                {
                    pending.Append(c);
                    if (pending.Length >= MaxLineLength)
                    {
                        var cut = Cut(pending);
                        onLine(pending.ToString(0, cut));
                        pending.Remove(0, cut);
                    }
                }
            }
        }

        if (onLine is not null && pending.Length > 0)
        {
            onLine(TrimCarriageReturn(pending));
        }
    }

    private static string TrimCarriageReturn(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();

    private static int Cut(StringBuilder line)
    {
        for (var i = line.Length - 1; i > line.Length - CutSearch; i--)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                return i + 1;
            }
        }

        return line.Length;
    }
}
