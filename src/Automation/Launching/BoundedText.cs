using System.Text;

namespace Automation.Launching;

/// <summary>The text of one stream as it came, or its last <c>limit</c> characters once it is longer (null: all of it).</summary>
internal sealed class BoundedText(int? limit)
{
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public bool IsTruncated { get; private set; }

    public void Append(string chunk)
    {
        lock (_lock)
        {
            _text.Append(chunk);
            // Trimmed only once twice the limit is held, so a long stream costs one copy per limit's worth, not per chunk.
            if (limit is { } max && _text.Length > 2L * max)
            {
                _text.Remove(0, _text.Length - max);
                IsTruncated = true;
            }
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            if (limit is { } max && _text.Length > max)
            {
                IsTruncated = true;
                return _text.ToString(_text.Length - max, max);
            }

            return _text.ToString();
        }
    }
}
