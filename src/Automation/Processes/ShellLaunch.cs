namespace Automation.Processes;

/// <summary>How a shell is started for a script.</summary>
/// <param name="Program">The shell.</param>
/// <param name="Arguments">Its arguments, as echoed (and passed, where the platform passes an argument list).</param>
/// <param name="VerbatimArguments">
/// On Windows, the command line after the program exactly as the shell must read it: <c>cmd.exe</c> does not parse its
/// command line as other programs do, so the usual quoting of an argument list would change the script. Null: pass
/// <paramref name="Arguments"/>.
/// </param>
internal sealed record ShellLaunch(string Program, IReadOnlyList<string> Arguments, string? VerbatimArguments = null);
