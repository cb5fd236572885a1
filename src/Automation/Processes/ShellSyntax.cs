namespace Automation.Processes;

/// <summary>
/// The language of the shell that runs <c>ctx.Shell</c> scripts and commands under <c>ctx.Prefix</c>: how a program and
/// its arguments become one command of it (each argument reaching the program exactly as given), how prefixes chain
/// before a command, and how the shell is started for a script. <c>/bin/sh</c> on Linux and macOS, <c>cmd.exe</c> on
/// Windows (also when the build was started from PowerShell: the build, not the caller's shell, runs the commands).
/// Both render on any platform, so both are unit-tested everywhere.
/// </summary>
internal abstract class ShellSyntax
{
    /// <summary>Prefixes and the command are joined with this: the command runs only when every prefix succeeded.</summary>
    protected const string And = " && ";

    /// <summary><c>/bin/sh</c>.</summary>
    public static ShellSyntax Posix { get; } = new PosixShellSyntax();

    /// <summary><c>cmd.exe</c>.</summary>
    public static ShellSyntax Cmd { get; } = new CmdShellSyntax();

    /// <summary>The shell commands run under on this platform.</summary>
    public static ShellSyntax Current => OperatingSystem.IsWindows() ? Cmd : Posix;

    /// <summary>One command of this shell that starts <paramref name="program"/> with exactly <paramref name="arguments"/>.</summary>
    /// <exception cref="ArgumentException">An argument this shell cannot pass (a line break in cmd.exe).</exception>
    public abstract string Command(string program, IReadOnlyList<string> arguments);

    /// <summary>The prefixes, outermost first, then <paramref name="program"/> (<see cref="Command"/>) once they all succeeded.</summary>
    public string Prefixed(IReadOnlyList<string> prefixes, string program, IReadOnlyList<string> arguments) =>
        string.Join(And, [.. prefixes, Command(program, arguments)]);

    /// <summary>
    /// The prefixes, then a user's <paramref name="script"/> once they all succeeded. The script is the user's own text
    /// in this shell's language; it is kept whole, so that its own operators (<c>a; b</c>, <c>a &amp; b</c>) cannot run
    /// part of it after a prefix failed.
    /// </summary>
    public string PrefixedScript(IReadOnlyList<string> prefixes, string script) =>
        prefixes.Count == 0 ? script : string.Join(And, prefixes) + And + Whole(script);

    /// <summary>How this shell is started to run <paramref name="script"/>.</summary>
    public abstract ShellLaunch Launch(string script);

    /// <summary>The script as one command after <c>&amp;&amp;</c>.</summary>
    protected abstract string Whole(string script);
}
