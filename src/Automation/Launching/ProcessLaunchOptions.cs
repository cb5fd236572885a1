namespace Automation;

/// <summary>
/// How <see cref="ProcessLauncher"/> starts a program. Immutable: derive variations with <c>with</c>, e.g.
/// <c>new ProcessLaunchOptions { WorkingDirectory = root, Timeout = TimeSpan.FromMinutes(1) }</c>.
/// </summary>
public sealed record ProcessLaunchOptions
{
    /// <summary>The default <see cref="OutputLimit"/>: 4 Mi characters per stream.</summary>
    public const int DefaultOutputLimit = 4 * 1024 * 1024;

    /// <summary>Where the program runs; a relative path is taken from this process's current directory. Default: that directory.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Variables merged into the inherited environment; a null value removes the variable. A bare program name is
    /// looked up on the <c>PATH</c> given here (relative folders taken from <see cref="WorkingDirectory"/>), as a shell would.
    /// </summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    /// <summary>When true, <see cref="Environment"/> replaces the inherited environment instead of being merged into it.</summary>
    public bool ReplaceEnvironment { get; init; }

    /// <summary>
    /// The program uses this process's console: its output is not read and its input is this process's input (a
    /// build started by a tool, an interactive program). Default: false, the output is read (see the line handlers).
    /// </summary>
    public bool ShareConsole { get; init; }

    /// <summary>Open the program's standard input for writing through <see cref="LaunchedProcess.StandardInput"/> (<see cref="ProcessLauncher.RunAsync"/> closes it at once). Default: false, the program shares this process's standard input.</summary>
    public bool RedirectStandardInput { get; init; }

    /// <summary>After this long the program and every process it started are killed, and waiting throws <see cref="TimeoutException"/>. Default: no limit.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Receives each line of standard output as it arrives, without its line end; a line longer than 1 Mi characters
    /// comes in pieces. Called on a pool thread, never at the same time as itself. Null: the output is read and dropped.
    /// </summary>
    public Action<string>? StandardOutputLine { get; init; }

    /// <summary>As <see cref="StandardOutputLine"/>, for standard error.</summary>
    public Action<string>? StandardErrorLine { get; init; }

    /// <summary>Receives the raw text of either stream as it arrives, including a prompt that does not end its line (to answer it through <see cref="LaunchedProcess.StandardInput"/>).</summary>
    public Action<string>? OutputText { get; init; }

    /// <summary>On Windows, the command line after the program, passed exactly as it is instead of the argument list (see <c>ShellLaunch</c>). Ignored elsewhere.</summary>
    internal string? VerbatimArguments { get; init; }

    /// <summary>How many characters of each stream <see cref="ProcessLauncher.RunAsync"/> keeps: past it, the last ones (<see cref="ProcessOutcome.IsTruncated"/>). Null: all of it. Default: <see cref="DefaultOutputLimit"/>.</summary>
    public int? OutputLimit { get; init; } = DefaultOutputLimit;
}
