namespace Automation.Cli.Commands;

/// <summary>Where a command reads and writes: the real console in the tool, strings in tests.</summary>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="Input">Standard input, for the one question <c>:setup</c> may ask.</param>
/// <param name="InputIsTerminal">Whether someone can answer: false in CI and when input is piped, so nothing ever waits for an answer.</param>
internal sealed record CommandConsole(TextWriter Output, TextWriter Error, TextReader Input, bool InputIsTerminal)
{
    /// <summary>The process's console.</summary>
    public static CommandConsole FromProcess() => new(Console.Out, Console.Error, Console.In, !Console.IsInputRedirected);
}
