using System.Text;

namespace Automation.Output;

/// <summary>
/// Wraps the console (or build.log) so that a place output cannot go any more never stops the build: a closed stdout
/// (<c>&gt;&amp;-</c>), a full disk (<c>&gt;/dev/full</c>) or a reader that went away. The first failed write is reported
/// once through <c>onFailure</c> (with the system's reason); from then on everything written here is dropped, and the
/// build goes on with its other outputs and ends with its own exit code.
/// </summary>
internal sealed class FailSafeWriter(TextWriter inner, Action<string>? onFailure = null) : TextWriter(inner.FormatProvider)
{
    private volatile bool _failed;

    /// <summary>Whether a write has failed, so that nothing written here arrives any more.</summary>
    public bool Failed => _failed;

    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // TextWriter's setter accepts null (and means the default), as the inner writer does.
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Try(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Try(() => inner.Write(buffer, index, count));

    public override void Write(string? value) => Try(() => inner.Write(value));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (!_failed)
        {
            var text = buffer.ToString();
            Try(() => inner.Write(text));
        }
    }

    public override void WriteLine() => Try(inner.WriteLine);

    public override void WriteLine(string? value) => Try(() => inner.WriteLine(value));

    public override void Flush() => Try(inner.Flush);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                // Even after a failure: the file handle is released, whatever the unwritten buffer says.
                inner.Dispose();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
            {
                _failed = true;
            }
        }

        base.Dispose(disposing);
    }

    private void Try(Action write)
    {
        if (_failed)
        {
            return;
        }

        try
        {
            write();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // A closed descriptor surfaces as UnauthorizedAccessException (EBADF), a full disk or a broken pipe as IOException.
            _failed = true;
            onFailure?.Invoke((exception.InnerException ?? exception).Message);
        }
    }
}
