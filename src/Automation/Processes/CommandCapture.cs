using System.Text;
using Automation.Output;

namespace Automation.Processes;

/// <summary>
/// What one running command printed: captured in full (masked), shown unless hidden (warnings and errors in MSBuild's
/// format become annotations), the last lines of hidden output kept for the failure message, and prompts answered.
/// </summary>
internal sealed class CommandCapture(BuildOutput output, RunOptions options)
{
    private const int TailLength = 20;
    private const int PromptWindow = 64 * 1024;

    private readonly Lock _lock = new();
    private readonly StringBuilder _standardOutput = new();
    private readonly StringBuilder _standardError = new();
    private readonly Queue<string> _hiddenTail = new();
    private readonly StringBuilder _sinceLastResponse = new();

    /// <summary>Where responses go; set once the process has started and any <see cref="RunOptions.StandardInput"/> text is written.</summary>
    public StreamWriter? Input { get; set; }

    public string StandardOutput => Read(_standardOutput);

    public string StandardError => Read(_standardError);

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
            (isError ? _standardError : _standardOutput).Append(masked).Append('\n');
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

    private string Read(StringBuilder buffer)
    {
        lock (_lock)
        {
            return buffer.ToString();
        }
    }
}
