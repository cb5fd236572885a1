using Automation.Core;
using Automation.Output.Log;

namespace Automation.Output;

/// <summary>
/// The one way the engine writes: every line is masked for secrets, then sent to the console host (filtered
/// by verbosity) and to <c>.nuke/temp/build.log</c> (everything, plain text). Safe to call from several threads.
/// A <see cref="Buffered"/> output holds what is written until it is released, so that targets running at the same
/// time never interleave their lines. A <see cref="Terminal.LiveStatus"/> may sit below the output: it is erased before anything
/// is written to the console and drawn again after (after a whole group, when a buffered output is released).
/// </summary>
internal sealed partial class BuildOutput(OutputHost console, SecretMasker masker, Verbosity verbosity) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly HashSet<Annotation> _annotated = [];
    private OutputHost? _log;
    private TextWriter? _logWriter;
    private CappedWriter? _logCap;
    private HashSet<DefaultOutput> _disabled = [];

    public OutputHost Console => console;

    public Verbosity Verbosity => verbosity;

    public SecretMasker Masker => masker;

    /// <summary>
    /// Starts copying output to a new log file, once the repository root is known; the logs of earlier runs move up
    /// (<see cref="RunLog"/>). Returns null, or why there is no log: the folder or file cannot be used. A log that
    /// fails later (a full disk) is dropped and the build goes on.
    /// </summary>
    public string? AttachLog(string path, TimeProvider time)
    {
        CappedWriter file;
        try
        {
            file = RunLog.Open(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return exception.Message;
        }

        var writer = new FailSafeWriter(file);
        lock (_lock)
        {
            _logCap = file;
            _logWriter = writer;
            _log = new TerminalHost(new HostOptions(writer, UseColor: false, time));
        }

        return null;
    }

    /// <summary>Writes a line whatever the verbosity (help, list, plan).</summary>
    public void Print(string text) => Write(Verbosity.Quiet, h => h.WriteLine(masker.Apply(text)));

    public void BeginTarget(string name) => Write(Verbosity.Minimal, h => h.BeginGroup(name), DefaultOutput.TargetHeader);

    public void EndTarget(string name) => Write(Verbosity.Minimal, h => h.EndGroup(name), DefaultOutput.TargetHeader);

    /// <summary>Switches parts of the default output off on the console (<c>[DisableDefaultOutput]</c>); build.log keeps them.</summary>
    public void Disable(IEnumerable<DefaultOutput> outputs)
    {
        lock (_lock)
        {
            _disabled = [.. _disabled, .. outputs];
            if (_disabled.Contains(DefaultOutput.TargetCollapse))
            {
                _disabled.Add(DefaultOutput.TargetHeader);
            }
        }
    }

    private bool IsEnabled(DefaultOutput output) => !(_parent ?? this)._disabled.Contains(output);

    public void Info(string text) => Write(Verbosity.Normal, h => h.WriteLine(masker.Apply(text)));

    /// <summary>
    /// A line a command printed (already masked). Warnings and errors in MSBuild's format are shown as the host's
    /// diagnostics; each distinct one is annotated once, since MSBuild repeats them in its summary.
    /// </summary>
    public void ToolLine(string line)
    {
        if (DiagnosticLine.TryParse(line) is not var (annotation, isError))
        {
            Info(line);
            return;
        }

        // Annotated once per build, whichever buffered target printed it first.
        var root = _parent ?? this;
        bool first;
        lock (root._lock)
        {
            first = root._annotated.Add(annotation);
        }

        if (first)
        {
            Write(isError ? Verbosity.Quiet : Verbosity.Minimal, h => h.WriteDiagnostic(line, annotation, isError));
        }
        else
        {
            Info(line);
        }
    }

    /// <summary>A line of hidden command output: not shown, but kept in build.log, which records everything.</summary>
    public void LogOnly(string text)
    {
        if (Hold(() => _parent!.LogOnly(text)))
        {
            return;
        }

        lock (_lock)
        {
            _log?.WriteLine(masker.Apply(text));
        }
    }

    /// <summary>Sets the CI run's build number, where the host has one.</summary>
    public void SetBuildNumber(string number)
    {
        if (Hold(() => _parent!.SetBuildNumber(number)))
        {
            return;
        }

        lock (_lock)
        {
            console.SetBuildNumber(masker.Apply(number));
            console.Flush();
        }
    }

    /// <summary>Hands a value to later CI steps and jobs, where the host has a channel for it.</summary>
    public void SetOutputVariable(string name, string value)
    {
        if (Hold(() => _parent!.SetOutputVariable(name, value)))
        {
            return;
        }

        lock (_lock)
        {
            console.SetOutputVariable(name, masker.Apply(value));
            console.Flush();
        }
    }

    public void Debug(string text) => Write(Verbosity.Verbose, h => h.WriteDebug(masker.Apply(text)));

    public void Warning(Annotation annotation) => Write(Verbosity.Minimal, h => h.WriteWarning(Mask(annotation)));

    public void Error(Annotation annotation) => Write(Verbosity.Quiet, h => h.WriteError(Mask(annotation)));

    public void Dispose()
    {
        lock (_lock)
        {
            console.Flush();
            _logWriter?.Dispose();
            _logWriter = null;
            _logCap = null;
            _log = null;
        }
    }

    private Annotation Mask(Annotation annotation) => annotation with
    {
        Message = masker.Apply(annotation.Message),
        File = annotation.File is null ? null : masker.Apply(annotation.File),
        Title = annotation.Title is null ? null : masker.Apply(annotation.Title),
    };

    private void Write(Verbosity minimum, Action<OutputHost> write, DefaultOutput? part = null)
    {
        if (Hold(() => _parent!.Write(minimum, write, part)))
        {
            return;
        }

        lock (_lock)
        {
            if (verbosity >= minimum && (part is not { } switchable || IsEnabled(switchable)))
            {
                _statusSlot.Erase();
                write(console);
                console.Flush();
                _statusSlot.Redraw();
            }

            if (_log is not null)
            {
                write(_log);
            }
        }
    }
}
