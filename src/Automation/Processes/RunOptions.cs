using System.Text.RegularExpressions;

namespace Automation;

/// <summary>
/// How to run a command from a target. Immutable: derive variations with <c>with</c>,
/// e.g. <c>new RunOptions { Timeout = TimeSpan.FromMinutes(5), Hide = OutputHiding.Both }</c>.
/// </summary>
public sealed record RunOptions
{
    /// <summary>Where the command runs; relative paths are resolved against the current <c>ctx.Cd</c> scope. Default: that scope, or the repository root.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables merged into the inherited environment; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>When true, <see cref="Environment"/> replaces the inherited environment instead of being merged into it.</summary>
    public bool ReplaceEnvironment { get; init; }

    /// <summary>After this long the command and every process it started are killed and the run fails.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>A non-zero (not accepted) exit code does not throw; it is reported as a warning and returned in the result.</summary>
    public bool Warn { get; init; }

    /// <summary>Which output streams are not shown while the command runs (they are still captured).</summary>
    public OutputHiding Hide { get; init; }

    /// <summary>Whether the command line is printed (secrets masked) before it runs. Default: true.</summary>
    public bool Echo { get; init; } = true;

    /// <summary>Text written to the command's standard input, which is then closed. Null: standard input is closed at once (or kept open for <see cref="Responders"/>).</summary>
    public string? StandardInput { get; init; }

    /// <summary>Answers to prompts: when the output matches a pattern, its response (plus a newline) is written to standard input.</summary>
    public IReadOnlyList<Responder> Responders { get; init; } = [];

    /// <summary>The command only reads (a <c>git rev-parse</c>, a <c>--version</c>): it runs even with <c>--dry-run</c>, so queries give real answers.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Exit codes that count as success. Default: 0 only.</summary>
    public IReadOnlyList<int> AcceptedExitCodes { get; init; } = [0];

    /// <summary>
    /// Runs the command in a pseudo-terminal, for tools that colour their output or show progress only on a terminal:
    /// on Linux and macOS through <c>script</c> (its output then has the terminal's <c>\r\n</c> line ends, and input
    /// cannot be written to it); on Windows a warning says it is not available and the command runs without one. Default: false.
    /// </summary>
    public bool Pty { get; init; }
}

/// <summary>Which streams of a command are hidden from the build output (they are still captured in the result).</summary>
public enum OutputHiding
{
    /// <summary>Both streams are shown.</summary>
    None,

    /// <summary>Standard output is hidden.</summary>
    StandardOutput,

    /// <summary>Standard error is hidden.</summary>
    StandardError,

    /// <summary>Both streams are hidden.</summary>
    Both,
}

/// <summary>Answers a prompt: whenever a line or the pending partial output matches <paramref name="Pattern"/>, writes <paramref name="Response"/> and a newline to the command's standard input.</summary>
/// <param name="Pattern">What the prompt looks like.</param>
/// <param name="Response">What to type.</param>
public sealed record Responder(Regex Pattern, string Response)
{
    /// <summary>A responder for a pattern given as text.</summary>
    public Responder(string pattern, string response)
        : this(new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), response)
    {
    }
}
