using System.Text;

namespace Automation.Output;

/// <summary>Collects written text and hands out whole lines, so each line is masked in one piece however the writer
/// split it up (<c>Console.Write</c> of a secret in two halves). Not thread-safe: its owner locks.</summary>
internal sealed class LineSplitter
{
    private readonly StringBuilder _pending = new();

    /// <summary>Adds text and returns the lines it completed, without their line ends.</summary>
    public List<string> Add(ReadOnlySpan<char> text)
    {
        var lines = new List<string>();
        foreach (var c in text)
        {
            if (c == '\n')
            {
                var length = _pending.Length > 0 && _pending[^1] == '\r' ? _pending.Length - 1 : _pending.Length;
                lines.Add(_pending.ToString(0, length));
                _pending.Clear();
            }
            else
            {
                _pending.Append(c);
            }
        }

        return lines;
    }

    /// <summary>Takes the text after the last line end (written without one), if any.</summary>
    public string? TakeRest()
    {
        if (_pending.Length == 0)
        {
            return null;
        }

        var rest = _pending.ToString();
        _pending.Clear();
        return rest;
    }
}
