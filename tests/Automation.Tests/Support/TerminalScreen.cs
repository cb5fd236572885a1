namespace Automation.Tests.Support;

/// <summary>
/// What a terminal shows once raw output has been written to it, for the sequences a live status uses: carriage
/// return with <c>ESC[2K</c> erases the current line; other text (colours included) is kept as written.
/// </summary>
public static class TerminalScreen
{
    public const string EraseLine = "\r\u001b[2K";

    public static string Render(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var screen = new System.Text.StringBuilder();
        var lineStart = 0;
        var at = 0;
        while (at < raw.Length)
        {
            if (string.CompareOrdinal(raw, at, EraseLine, 0, EraseLine.Length) == 0)
            {
                screen.Length = lineStart;
                at += EraseLine.Length;
                continue;
            }

            screen.Append(raw[at]);
            if (raw[at] == '\n')
            {
                lineStart = screen.Length;
            }

            at++;
        }

        return screen.ToString();
    }
}
