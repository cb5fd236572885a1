namespace Automation.Output.Terminal;

/// <summary>
/// The bottom line of an interactive terminal, where a live status is drawn below the output: the cursor stays at
/// the end of the status line, and erasing it (carriage return, <c>ESC[2K</c>) leaves the cursor where the next line
/// of output belongs. Only cursor and erase sequences are written, and colour only when colours are on, so it works
/// with <c>--no-color</c> and on Windows terminals (VT sequences). Not thread-safe: the output's lock guards it.
/// </summary>
internal sealed class StatusArea(TextWriter writer, Func<int> width, bool useColor)
{
    private const string EraseLine = "\r\u001b[2K";
    private const int FallbackWidth = 80;
    private string? _shown;

    /// <summary>The terminal's width in columns now (it may be resized); 80 when it cannot be told.</summary>
    public int Width => width() is var columns && columns > 0 ? columns : FallbackWidth;

    /// <summary>Replaces the line shown, if any, with <paramref name="line"/>, which must fit the width; writes nothing
    /// when that line is already shown.</summary>
    public void Draw(string line)
    {
        if (line.Length == 0)
        {
            Erase();
            return;
        }

        if (line == _shown)
        {
            return;
        }

        writer.Write(EraseLine + (useColor ? Ansi.Paint(line, Style.Dim) : line));
        writer.Flush();
        _shown = line;
    }

    /// <summary>Removes the line shown, if any, leaving the cursor at the start of its (now empty) line.</summary>
    public void Erase()
    {
        if (_shown is null)
        {
            return;
        }

        writer.Write(EraseLine);
        writer.Flush();
        _shown = null;
    }
}
