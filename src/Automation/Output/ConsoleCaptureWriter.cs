using System.Text;
using Automation.Core;

namespace Automation.Output;

/// <summary>
/// Stands in for <see cref="Console.Out"/> or <see cref="Console.Error"/> while a build runs: text written by code of
/// the build goes to its <see cref="ConsoleRoute"/>; any other text goes on to the writer that was there before,
/// masked a whole line at a time. Once closed, it passes everything through unchanged.
/// </summary>
internal sealed class ConsoleCaptureWriter : SpanWriter
{
    private readonly Lock _lock = new();
    private readonly ConsoleCapture _capture;
    private readonly bool _isError;
    private readonly SecretMasker _masker;
    private readonly LineSplitter _passing = new();
    private bool _closed;

    public ConsoleCaptureWriter(ConsoleCapture capture, TextWriter inner, bool isError, SecretMasker masker)
        : base(inner.FormatProvider)
    {
        _capture = capture;
        _isError = isError;
        _masker = masker;
        Inner = inner;
        // Console wraps every writer it is given in a synchronized one; installing that wrapper ourselves is what lets
        // Dispose tell whether Console still holds this writer.
        Installed = Synchronized(this);
    }

    /// <summary>The writer this one replaced.</summary>
    public TextWriter Inner { get; }

    /// <summary>This writer, synchronized, as handed to <see cref="Console"/>.</summary>
    public TextWriter Installed { get; }

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        if (_capture.Current is { } route)
        {
            if (IsClosed)
            {
                // Code of this build still running after it ended (an aborted target past its grace period).
                Inner.Write(_masker.Apply(buffer.ToString()));
                return;
            }

            route.Write(buffer, _isError);
            return;
        }

        List<string> lines;
        lock (_lock)
        {
            if (_closed)
            {
                // A layer left below another build's: what reaches it has been masked by that build already.
                Inner.Write(buffer);
                return;
            }

            lines = _passing.Add(buffer);
        }

        foreach (var line in lines)
        {
            Inner.WriteLine(_masker.Apply(line));
        }
    }

    public override void WriteLine(ReadOnlySpan<char> buffer)
    {
        Write(buffer);
        Write(CoreNewLine);
    }

    public override void Flush() => Inner.Flush();

    /// <summary>Writes out a last line without a line end and from then on passes text through unchanged.</summary>
    public override void Close()
    {
        string? rest;
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            rest = _passing.TakeRest();
        }

        if (rest is not null)
        {
            Inner.Write(_masker.Apply(rest));
        }

        Inner.Flush();
    }

    private bool IsClosed
    {
        get
        {
            lock (_lock)
            {
                return _closed;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        // Never disposes the writer it replaced: that is the process's console, or another build's layer.
        if (disposing)
        {
            Close();
        }
    }
}
