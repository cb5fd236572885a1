namespace Automation;

/// <summary>
/// Writes the lines of a generated CI file with indentation, as NUKE's <c>CustomFileWriter</c> does: what a custom
/// <see cref="ConfigurationEntity"/> (a <see cref="GitHubActionsStep"/> of a build's own) uses to write itself.
/// <code>
/// writer.WriteLine("- name: Make build.sh executable");
/// using (writer.Indent())
/// {
///     writer.WriteLine("run: chmod +x ./build.sh");
/// }
/// </code>
/// </summary>
public class CustomFileWriter
{
    private readonly TextWriter _writer;
    private readonly int _indentationFactor;
    private readonly string _commentPrefix;
    private int _indentation;

    /// <summary>A writer onto <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the lines go (NUKE passes a <see cref="StreamWriter"/>).</param>
    /// <param name="indentationFactor">Spaces per level of <see cref="Indent"/>.</param>
    /// <param name="commentPrefix">What starts a comment line (<c>#</c> in YAML).</param>
    public CustomFileWriter(TextWriter writer, int indentationFactor, string commentPrefix)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentOutOfRangeException.ThrowIfNegative(indentationFactor);
        _writer = writer;
        _indentationFactor = indentationFactor;
        _commentPrefix = commentPrefix ?? "#";
    }

    /// <summary>Writes <paramref name="text"/> at the current indentation and ends the line; null writes an empty line.</summary>
    /// <param name="text">The line, without indentation.</param>
    public void WriteLine(string? text = null)
    {
        // Always '\n': generated files are compared with the committed ones byte for byte.
        _writer.Write(text is null ? "\n" : new string(' ', _indentation * _indentationFactor) + text + "\n");
    }

    /// <summary>Writes a comment line.</summary>
    /// <param name="text">The comment, without its prefix.</param>
    public void WriteComment(string? text = null) => WriteLine($"{_commentPrefix} {text}".TrimEnd());

    /// <summary>Lets <paramref name="write"/> write with this writer (NUKE's shape, for fluent use).</summary>
    /// <param name="write">What to write.</param>
    public void Write(Action<CustomFileWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        write(this);
    }

    /// <summary>Indents the lines written until the returned object is disposed by one more level.</summary>
    /// <returns>Disposing it returns to the previous level.</returns>
    public IDisposable Indent()
    {
        _indentation++;
        return new Outdent(this);
    }

    private sealed class Outdent(CustomFileWriter writer) : IDisposable
    {
        private bool _done;

        public void Dispose()
        {
            if (!_done)
            {
                _done = true;
                writer._indentation--;
            }
        }
    }
}
