using System.Collections;

namespace Automation;

/// <summary>
/// Everything a build reads from its surroundings: arguments, environment variables, working directory, where
/// output goes, the clock and the interrupt signal. <see cref="AutomationBuild.Execute{TBuild}(string[], System.Linq.Expressions.Expression{Func{TBuild, Target}}[])"/>
/// takes them from the process; tests pass their own to run many builds in one process.
/// </summary>
public sealed record BuildEnvironment
{
    /// <summary>The command-line arguments.</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Environment variables (case-insensitive names on Windows).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>The directory the root search starts from and relative paths are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Where output goes.</summary>
    public TextWriter Output { get; init; } = TextWriter.Null;

    /// <summary>Where usage errors, warnings and errors go (standard error); null: to <see cref="Output"/>, as one stream.
    /// On CI hosts whose agent reads annotations from standard output, those stay in <see cref="Output"/>.</summary>
    public TextWriter? ErrorOutput { get; init; }

    /// <summary>Whether the output is a terminal that shows colours (switched off by <c>--no-color</c> and <c>NO_COLOR</c>).</summary>
    public bool OutputSupportsColor { get; init; }

    /// <summary>
    /// Reads the width, in columns, of the interactive terminal <see cref="Output"/> shows in; null when the output is
    /// redirected (a file, a pipe, a test). With it, a <c>--parallel</c> run on the terminal host (not on a CI agent)
    /// shows a live status line of the running targets below the output.
    /// </summary>
    public Func<int>? TerminalWidth { get; init; }

    /// <summary>The clock used for durations, timestamps and the live status's updates.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Signalled to interrupt the build as Ctrl+C would.</summary>
    public CancellationToken Interrupt { get; init; }

    /// <summary>The current process's arguments, environment, directory and standard output.</summary>
    public static BuildEnvironment FromProcess(string[] args, CancellationToken interrupt) => new()
    {
        Arguments = args,
        Variables = ProcessVariables(),
        WorkingDirectory = Directory.GetCurrentDirectory(),
        Output = Console.Out,
        ErrorOutput = Console.Error,
        OutputSupportsColor = !Console.IsOutputRedirected,
        TerminalWidth = Console.IsOutputRedirected ? null : ConsoleWidth,
        Interrupt = interrupt,
    };

    private static int ConsoleWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    internal static IReadOnlyDictionary<string, string> ProcessVariables()
    {
        var variables = new Dictionary<string, string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return variables;
    }
}
