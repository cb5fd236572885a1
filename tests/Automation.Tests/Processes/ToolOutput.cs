using Automation.Core;
using Automation.Hosts;
using Automation.Output;

namespace Automation.Tests.Processes;

/// <summary>A <see cref="BuildOutput"/> for one host writing to a string, to feed it command output lines directly.</summary>
internal sealed class ToolOutput : IDisposable
{
    private readonly StringWriter _writer = new();

    public ToolOutput(string host, Verbosity verbosity = Verbosity.Normal)
    {
        var options = new HostOptions(_writer, UseColor: false, TimeProvider.System);
        Output = new BuildOutput(HostCatalog.Create(host, new Dictionary<string, string>(), options), Masker, verbosity);
    }

    public SecretMasker Masker { get; } = new();

    public BuildOutput Output { get; }

    public IReadOnlyList<string> Lines(params string[] toolLines)
    {
        foreach (var line in toolLines)
        {
            Output.ToolLine(line);
        }

        Output.Console.Flush();
        var text = _writer.ToString().ReplaceLineEndings("\n");
        return text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
    }

    public void Dispose()
    {
        Output.Dispose();
        _writer.Dispose();
    }
}
