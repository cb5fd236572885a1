using System.Text;

namespace Automation.Processes;

/// <summary>
/// Reads one output stream of a process as it arrives: complete lines go to <c>onLine</c>; every chunk, including a
/// prompt that does not end with a newline, goes to <c>onText</c> (for responders).
/// </summary>
internal static class OutputPump
{
    public static async Task RunAsync(StreamReader reader, Action<string> onLine, Action<string> onText)
    {
        var buffer = new char[4096];
        var pending = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory()).ConfigureAwait(false)) > 0)
        {
            var chunk = new string(buffer, 0, read);
            onText(chunk);
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
                }
            }
        }

        if (pending.Length > 0)
        {
            onLine(TrimCarriageReturn(pending));
        }
    }

    private static string TrimCarriageReturn(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();
}
