using System.Globalization;
using System.Text;

namespace Automation.Output.Log;

/// <summary>
/// A run's log that stops taking text after a limit: past it, one line says the log was truncated and how to see
/// the rest, and what follows is dropped until <see cref="Finish"/>, so the summary at the end is always kept.
/// </summary>
internal sealed class CappedWriter(TextWriter inner, int maxCharacters) : SpanWriter(inner.FormatProvider)
{
    private long _written;
    private bool _truncated;
    private bool _finishing;
    private bool _midLine;

    public override Encoding Encoding => inner.Encoding;

    /// <summary>The line written where the log stops.</summary>
    public static string TruncatedLine(int maxCharacters) =>
        string.Create(CultureInfo.InvariantCulture, $"[build.log truncated: this run wrote more than {maxCharacters / (1024 * 1024)} MB of output; the rest is not kept here (the console showed it), but the summary follows.]");

    /// <summary>Lets the closing text (the summary) through whatever was written before.</summary>
    public void Finish() => _finishing = true;

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        if (_finishing)
        {
            inner.Write(buffer);
            return;
        }

        if (_truncated)
        {
            return;
        }

        if (_written + buffer.Length > maxCharacters)
        {
            _truncated = true;
            if (_midLine)
            {
                inner.WriteLine();
            }

            inner.WriteLine(TruncatedLine(maxCharacters));
            return;
        }

        _written += buffer.Length;
        _midLine = buffer[^1] != '\n';
        inner.Write(buffer);
    }

    public override void Flush() => inner.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
