using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Automation;

/// <summary>
/// Builds a command line from an interpolated string, as NUKE's static tasks take it: <c>DotNet($"build {project}")</c>.
/// Each interpolated value becomes one argument, double-quoted when it needs it (a path with spaces), so the command
/// line splits back into the intended arguments; <c>{value:nq}</c> inserts a value as it is (several arguments).
/// </summary>
[InterpolatedStringHandler]
public ref struct ArgumentStringHandler
{
    private readonly StringBuilder _text;

    /// <summary>Starts a command line of about the given size (called by the compiler).</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of interpolated values.</param>
    public ArgumentStringHandler(int literalLength, int formattedCount)
    {
        _text = new StringBuilder(literalLength + (formattedCount * 16));
    }

    /// <summary>A command line given as plain text, split as it is written.</summary>
    /// <param name="commandLine">The command line.</param>
    public static implicit operator ArgumentStringHandler(string commandLine)
    {
        var handler = new ArgumentStringHandler(commandLine?.Length ?? 0, 0);
        handler.AppendLiteral(commandLine ?? string.Empty);
        return handler;
    }

    /// <summary>Adds literal text as it is.</summary>
    /// <param name="text">The literal part.</param>
    public readonly void AppendLiteral(string text) => _text.Append(text);

    /// <summary>Adds a value as one argument, quoted when needed; with format <c>nq</c>, as it is.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value; null adds nothing.</param>
    /// <param name="format">A format for the value; <c>nq</c> for no quoting.</param>
    public readonly void AppendFormatted<T>(T value, string? format = null)
    {
        if (value is null)
        {
            return;
        }

        var noQuotes = format == "nq";
        var text = value is IFormattable formattable && !noQuotes
            ? formattable.ToString(format, CultureInfo.InvariantCulture)
            : value.ToString() ?? string.Empty;
        _text.Append(noQuotes ? text : text.DoubleQuoteIfNeeded());
    }

    /// <summary>The command line built; empty for <c>default</c> (no arguments, as in <c>tool(workingDirectory: …)</c>).</summary>
    /// <returns>The text.</returns>
    public readonly string ToStringAndClear() => ToString();

    /// <inheritdoc />
    public override readonly string ToString() => _text?.ToString() ?? string.Empty;
}
