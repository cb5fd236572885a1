namespace Automation;

/// <summary>
/// One line a command wrote, and to which stream: what NUKE's static tool tasks return
/// (<c>DotNetBuild(...)</c>, <c>Git("...")</c>, <c>IProcess.Output</c>). NUKE calls this type <c>Output</c>; here
/// that name is the namespace of the output pipeline, so a build that spells the type out writes <c>OutputLine</c>.
/// </summary>
/// <param name="Type">The stream: <see cref="OutputType.Std"/> or <see cref="OutputType.Err"/>.</param>
/// <param name="Text">The line, without its line end, secrets masked.</param>
public readonly record struct OutputLine(OutputType Type, string Text)
{
    /// <summary>The lines of a finished command: standard output's, then standard error's.</summary>
    /// <param name="result">The finished command.</param>
    /// <returns>Each line with its stream.</returns>
    public static IReadOnlyCollection<OutputLine> Of(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. Lines(result.StandardOutput).Select(l => new OutputLine(OutputType.Std, l)), .. Lines(result.StandardError).Select(l => new OutputLine(OutputType.Err, l))];
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
