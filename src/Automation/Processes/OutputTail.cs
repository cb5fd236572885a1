using System.Text;

namespace Automation.Processes;

/// <summary>
/// The last lines of one output stream, within <see cref="MaxLines"/> lines and <see cref="MaxCharacters"/> characters:
/// what a command's result keeps in memory however much it prints. Each line carries its place in the command's
/// whole output, so the two streams can be written back in the order they came.
/// </summary>
internal sealed class OutputTail
{
    /// <summary>At most this many lines of a stream are kept.</summary>
    public const int MaxLines = 100_000;

    /// <summary>At most this many characters of a stream are kept (line ends included): 4 MiB.</summary>
    public const int MaxCharacters = 4 * 1024 * 1024;

    private readonly Queue<(long Sequence, string Line)> _lines = new();
    private long _characters;

    /// <summary>Whether lines were dropped from the front.</summary>
    public bool IsTruncated { get; private set; }

    public IEnumerable<(long Sequence, string Line)> Lines => _lines;

    /// <summary>Whether adding <paramref name="line"/> would drop the first line kept.</summary>
    public bool IsFullFor(string line) => _lines.Count >= MaxLines || _characters + line.Length + 1 > MaxCharacters;

    public void Add(long sequence, string line)
    {
        _lines.Enqueue((sequence, line));
        _characters += line.Length + 1;
        while (_lines.Count > MaxLines || (_characters > MaxCharacters && _lines.Count > 1))
        {
            _characters -= _lines.Dequeue().Line.Length + 1;
            IsTruncated = true;
        }
    }

    /// <summary>The kept lines, each ended by a newline.</summary>
    public override string ToString()
    {
        var text = new StringBuilder((int)Math.Min(_characters, MaxCharacters * 2L));
        foreach (var (_, line) in _lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }
}
