using System.Globalization;
using Serilog.Events;

namespace Automation;

/// <summary>
/// NUKE 5's static <c>Logger</c> (<c>Logger.Info("…")</c>, <c>Logger.Warn(…)</c>, <c>Logger.Normal(…)</c>), which NUKE 6
/// replaced with Serilog's <c>Log</c>: each line goes to Serilog's <c>Log</c>, and from there to the running target's
/// output, as <c>Log.Information(…)</c> does. The text is written as it is (braces in it are not a message template);
/// the <c>format, args</c> forms format as <see cref="string.Format(IFormatProvider, string, object[])"/> does, with
/// the invariant culture. New code: use Serilog's <c>Log</c>.
/// </summary>
public static class Logger
{
    /// <summary>Ordinary output (Serilog's Information); no text writes an empty line.</summary>
    /// <param name="text">The line.</param>
    public static void Normal(string? text = null) => Write(LogEventLevel.Information, text);

    /// <summary>Ordinary output from a format and its values.</summary>
    /// <param name="format">The format (<c>{0}</c> for the first value).</param>
    /// <param name="args">The values.</param>
    public static void Normal(string format, params object?[] args) => Write(LogEventLevel.Information, Format(format, args));

    /// <summary>Information (Serilog's Information).</summary>
    /// <param name="text">The line.</param>
    public static void Info(string? text = null) => Write(LogEventLevel.Information, text);

    /// <summary>Information from a format and its values.</summary>
    /// <param name="format">The format (<c>{0}</c> for the first value).</param>
    /// <param name="args">The values.</param>
    public static void Info(string format, params object?[] args) => Write(LogEventLevel.Information, Format(format, args));

    /// <summary>A success message (Serilog's Information).</summary>
    /// <param name="text">The line.</param>
    public static void Success(string? text = null) => Write(LogEventLevel.Information, text);

    /// <summary>A success message from a format and its values.</summary>
    /// <param name="format">The format (<c>{0}</c> for the first value).</param>
    /// <param name="args">The values.</param>
    public static void Success(string format, params object?[] args) => Write(LogEventLevel.Information, Format(format, args));

    /// <summary>Detail (Serilog's Debug: shown with <c>--verbosity verbose</c>).</summary>
    /// <param name="text">The line.</param>
    public static void Trace(string? text = null) => Write(LogEventLevel.Debug, text);

    /// <summary>Detail from a format and its values.</summary>
    /// <param name="format">The format (<c>{0}</c> for the first value).</param>
    /// <param name="args">The values.</param>
    public static void Trace(string format, params object?[] args) => Write(LogEventLevel.Debug, Format(format, args));

    /// <summary>A warning (Serilog's Warning).</summary>
    /// <param name="text">The line.</param>
    public static void Warn(string? text = null) => Write(LogEventLevel.Warning, text);

    /// <summary>A warning from a format and its values.</summary>
    /// <param name="format">The format (<c>{0}</c> for the first value).</param>
    /// <param name="args">The values.</param>
    public static void Warn(string format, params object?[] args) => Write(LogEventLevel.Warning, Format(format, args));

    /// <summary>An error (Serilog's Error); as in NUKE, it does not fail the target by itself.</summary>
    /// <param name="text">The line.</param>
    public static void Error(string? text = null) => Write(LogEventLevel.Error, text);

    /// <summary>An error from a format and its values.</summary>
    /// <param name="format">The format (<c>{0}</c> for the first value).</param>
    /// <param name="args">The values.</param>
    public static void Error(string format, params object?[] args) => Write(LogEventLevel.Error, Format(format, args));

    /// <summary>A line at the given level.</summary>
    /// <param name="level">The level.</param>
    /// <param name="text">The line.</param>
    public static void Log(LogLevel level, string? text) => Write(
        level switch
        {
            LogLevel.Trace => LogEventLevel.Debug,
            LogLevel.Warning => LogEventLevel.Warning,
            LogLevel.Error => LogEventLevel.Error,
            _ => LogEventLevel.Information,
        },
        text);

    private static string Format(string format, object?[] args) =>
        args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);

    // Serilog's static Log is the one sink the engine routes to the running target (see SerilogRouting); the text is
    // a property, so braces in it stay text.
    private static void Write(LogEventLevel level, string? text) =>
        Serilog.Log.Write(level, "{Text:l}", text ?? string.Empty);
}
