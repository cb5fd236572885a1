namespace Automation.Output;

/// <summary>Where console text written by one target (or by the build outside targets) goes: whole lines to its
/// output, as a command's lines are (masked, shown, and kept in build.log).</summary>
internal sealed class ConsoleRoute(BuildOutput output) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly LineSplitter _out = new();
    private readonly LineSplitter _error = new();

    public void Write(ReadOnlySpan<char> text, bool isError)
    {
        List<string> lines;
        lock (_lock)
        {
            lines = (isError ? _error : _out).Add(text);
        }

        lines.ForEach(Emit);
    }

    /// <summary>Writes out what was written without a final line end.</summary>
    public void Dispose()
    {
        string?[] rests;
        lock (_lock)
        {
            rests = [_out.TakeRest(), _error.TakeRest()];
        }

        foreach (var rest in rests.OfType<string>())
        {
            Emit(rest);
        }
    }

    private void Emit(string line) => output.ToolLine(output.Masker.Apply(line));
}
