using System.Text;
using Automation.Output;

namespace Automation.Processes;

/// <summary>
/// What one running command printed: shown unless hidden (warnings and errors in MSBuild's format become
/// annotations), the last lines of each stream kept (masked; see <see cref="OutputTail"/>), the whole written to a
/// file under <paramref name="outputFolder"/> once it is longer than that, its diagnostics collected as they pass,
/// the last lines of hidden output kept for the failure message, and prompts answered.
/// </summary>
internal sealed class CommandCapture(BuildOutput output, RunOptions options, string? outputFolder, string name)
{
    /// <summary>At most this many diagnostics are collected, the first ones.</summary>
    public const int MaxDiagnostics = 10_000;

    private const int TailLength = 20;
    private const int PromptWindow = 64 * 1024;

    private readonly Lock _lock = new();
    private readonly OutputTail _standardOutput = new();
    private readonly OutputTail _standardError = new();
    private readonly Queue<string> _hiddenTail = new();
    private readonly StringBuilder _sinceLastResponse = new();
    private readonly List<MSBuildDiagnostic> _diagnostics = [];
    private long _sequence;
    private StreamWriter? _file;
    private string? _filePath;
    private bool _fileClosed;

    /// <summary>Where responses go; set once the process has started and any <see cref="RunOptions.StandardInput"/> text is written.</summary>
    public StreamWriter? Input { get; set; }

    public IReadOnlyList<string> HiddenTail
    {
        get
        {
            lock (_lock)
            {
                return [.. _hiddenTail];
            }
        }
    }

    public void Line(string line, bool isError)
    {
        var masked = output.Masker.Apply(line);
        var hidden = options.Hide == OutputHiding.Both || options.Hide == (isError ? OutputHiding.StandardError : OutputHiding.StandardOutput);
        lock (_lock)
        {
            var tail = isError ? _standardError : _standardOutput;
            if (_file is null && !_fileClosed && tail.IsFullFor(masked))
            {
                StartFile();
            }

            _file?.WriteLine(masked);
            tail.Add(_sequence++, masked);
            Collect(masked);
            if (hidden)
            {
                _hiddenTail.Enqueue(masked);
                if (_hiddenTail.Count > TailLength)
                {
                    _hiddenTail.Dequeue();
                }
            }
        }

        if (hidden)
        {
            output.LogOnly(masked);
        }
        else
        {
            output.ToolLine(masked);
        }
    }

    /// <summary>The result so far; closes the output file (lines that still come, from a child holding the pipe, are only shown).</summary>
    public CommandResult Result(string commandLine, int exitCode, TimeSpan duration)
    {
        lock (_lock)
        {
            _file?.Dispose();
            _file = null;
            _fileClosed = true;
            return new CommandResult(commandLine, exitCode, _standardOutput.ToString(), _standardError.ToString(), duration)
            {
                Diagnostics = [.. _diagnostics],
                IsTruncated = _standardOutput.IsTruncated || _standardError.IsTruncated,
                OutputFile = _filePath,
            };
        }
    }

    /// <summary>Feeds raw output to the responders: a prompt usually has no newline, so lines alone would miss it.
    /// Text that comes before <see cref="Input"/> is set is kept, and answered once it is.</summary>
    public void Text(string text)
    {
        if (options.Responders.Count == 0)
        {
            return;
        }

        lock (_lock)
        {
            _sinceLastResponse.Append(text);
            if (_sinceLastResponse.Length > PromptWindow)
            {
                _sinceLastResponse.Remove(0, _sinceLastResponse.Length - PromptWindow);
            }

            if (Input is not { } input)
            {
                return;
            }

            var pending = _sinceLastResponse.ToString();
            if (options.Responders.FirstOrDefault(r => r.Pattern.IsMatch(pending)) is { } responder)
            {
                _sinceLastResponse.Clear();
                try
                {
                    input.WriteLine(responder.Response);
                    input.Flush();
                }
                catch (IOException)
                {
                    // The process closed its input or exited; its exit code tells the rest.
                }
            }
        }
    }

    // The tails have dropped nothing yet, so together they are the whole output so far: written in the order it came.
    private void StartFile()
    {
        if (outputFolder is null)
        {
            _fileClosed = true;
            return;
        }

        try
        {
            (_filePath, _file) = OutputFiles.Create(outputFolder, name);
            foreach (var (_, line) in _standardOutput.Lines.Concat(_standardError.Lines).OrderBy(entry => entry.Sequence))
            {
                _file.WriteLine(line);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            _file?.Dispose();
            (_file, _filePath, _fileClosed) = (null, null, true);
            output.Warning(new Annotation($"Only the tail of the output is kept: could not write it to {outputFolder} ({exception.Message})."));
        }
    }

    // Most lines hold neither word: the pattern only runs on those that do.
    private void Collect(string line)
    {
        if (_diagnostics.Count < MaxDiagnostics
            && (line.Contains("warning", StringComparison.OrdinalIgnoreCase) || line.Contains("error", StringComparison.OrdinalIgnoreCase))
            && DiagnosticLine.Parse(line) is { } diagnostic)
        {
            _diagnostics.Add(diagnostic);
        }
    }
}
