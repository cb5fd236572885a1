namespace Automation.Output;

/// <summary>What a host writes to and with.</summary>
/// <param name="Writer">Where the output goes (standard output, or build.log).</param>
/// <param name="UseColor">Whether ANSI colours may be written.</param>
/// <param name="Time">The clock (fixed in output tests).</param>
/// <param name="ColorForbidden">The user asked for no colours (<c>--no-color</c>, <c>NO_COLOR</c>); hosts whose log renders ANSI honour it.</param>
/// <param name="Environment">The build's environment variables (where a CI system says which files take outputs).</param>
/// <param name="TerminalWidth">Reads the width of the interactive terminal <paramref name="Writer"/> shows in; null when
/// the output is not one (redirected, a CI agent, build.log), which means no live status.</param>
/// <param name="ErrorWriter">Where plain warnings and errors go (standard error); null: to <paramref name="Writer"/>.</param>
internal sealed record HostOptions(
    TextWriter Writer,
    bool UseColor,
    TimeProvider Time,
    bool ColorForbidden = false,
    IReadOnlyDictionary<string, string>? Environment = null,
    Func<int>? TerminalWidth = null,
    TextWriter? ErrorWriter = null)
{
    /// <summary>A variable of the build's environment, or null when unset or empty.</summary>
    public string? Variable(string name) => Environment is not null && Environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
}
