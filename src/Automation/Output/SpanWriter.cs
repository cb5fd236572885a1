namespace Automation.Output;

/// <summary>A writer whose every write arrives as one span, so that a writer that filters or routes text has one
/// method to get right instead of TextWriter's many overloads.</summary>
internal abstract class SpanWriter(IFormatProvider? formatProvider) : TextWriter(formatProvider)
{
    public sealed override void Write(char value) => Write([value]);

    public sealed override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public sealed override void Write(string? value) => Write(value.AsSpan());

    public abstract override void Write(ReadOnlySpan<char> buffer);
}
