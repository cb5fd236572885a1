using Automation.Output;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace Automation.Session;

/// <summary>
/// Routes Serilog's static <see cref="Log"/> (which NUKE builds use: <c>Log.Information("Version {Version}", v)</c>)
/// into the build's output while a build runs: inside a target's action to that target's group (under
/// <c>--parallel</c> too), elsewhere to the build's output; masked as all output. Information is a normal line,
/// Warning and Error are the build's warnings and errors (annotations on CI), Debug and Verbose show with
/// <c>--verbosity verbose</c>.
/// </summary>
/// <remarks>
/// <see cref="Log.Logger"/> is a process-wide global that Serilog owns, so it is the one piece of global state here:
/// it is set when the first build of the process starts and given back (the logger it had before) when the last one
/// ends. Where an event goes is decided per flow of control (<see cref="CurrentTarget"/> and the async-local build
/// output), so builds that run side by side in one process (tests) each get their own events.
/// </remarks>
internal static class SerilogRouting
{
    private static readonly Lock Gate = new();
    private static readonly AsyncLocal<BuildOutput?> BuildOutputOfFlow = new();
    private static int BuildCount;
    private static ILogger? PreviousLogger;

    /// <summary>Routes <see cref="Log"/> to <paramref name="output"/> (and to running targets) until disposed.</summary>
    public static IDisposable Install(BuildOutput output)
    {
        BuildOutputOfFlow.Value = output;
        lock (Gate)
        {
            if (BuildCount++ == 0)
            {
                PreviousLogger = Log.Logger;
                Log.Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new Sink()).CreateLogger();
            }
        }

        return new Uninstall();
    }

    private sealed class Uninstall : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 1)
            {
                return;
            }

            BuildOutputOfFlow.Value = null;
            lock (Gate)
            {
                if (--BuildCount == 0)
                {
                    var ours = Log.Logger;
                    Log.Logger = PreviousLogger ?? Serilog.Core.Logger.None;
                    PreviousLogger = null;
                    (ours as IDisposable)?.Dispose();
                }
            }
        }
    }

    /// <summary>Writes each event where its flow of control belongs; events of no build's flow are dropped.</summary>
    private sealed class Sink : ILogEventSink
    {
        // ":lj": strings as they are (not quoted, as Serilog's console sink shows them), structures as JSON.
        private static readonly MessageTemplateTextFormatter Formatter = new("{Message:lj}", System.Globalization.CultureInfo.InvariantCulture);

        public void Emit(LogEvent logEvent)
        {
            var text = Render(logEvent);
            if (CurrentTarget.ContextOrNull is { } target)
            {
                Write(logEvent.Level, text, target.Info, target.Warn, target.Error, target.Debug);
                Details(logEvent, target.Debug);
            }
            else if (BuildOutputOfFlow.Value is { } output)
            {
                Write(logEvent.Level, text, output.Info, m => output.Warning(new Annotation(m)), m => output.Error(new Annotation(m)), output.Debug);
                Details(logEvent, output.Debug);
            }
        }

        private static string Render(LogEvent logEvent)
        {
            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            Formatter.Format(logEvent, writer);
            var text = writer.ToString();
            return logEvent.Exception is { } exception ? $"{text} ({exception.GetType().Name}: {exception.Message})" : text;
        }

        private static void Write(LogEventLevel level, string text, Action<string> info, Action<string> warn, Action<string> error, Action<string> debug)
        {
            switch (level)
            {
                case LogEventLevel.Verbose or LogEventLevel.Debug:
                    debug(text);
                    break;
                case LogEventLevel.Warning:
                    warn(text);
                    break;
                case LogEventLevel.Error or LogEventLevel.Fatal:
                    error(text);
                    break;
                default:
                    info(text);
                    break;
            }
        }

        // The stack trace of a logged exception is for --verbosity verbose, as the build's own failures are.
        private static void Details(LogEvent logEvent, Action<string> debug)
        {
            if (logEvent.Exception is { } exception)
            {
                debug(exception.ToString());
            }
        }
    }
}
