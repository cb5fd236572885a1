namespace Automation.Processes;

/// <summary><c>/bin/sh</c>: arguments in double quotes with <c>\ " $ `</c> escaped (<see cref="CommandLineText"/>).</summary>
internal sealed class PosixShellSyntax : ShellSyntax
{
    public override string Command(string program, IReadOnlyList<string> arguments) => CommandLineText.Render(program, arguments);

    public override ShellLaunch Launch(string script) => new("/bin/sh", ["-c", script]);

    // A group in the same shell (a prefix's variables stay visible); the line break ends a last comment or `&`.
    protected override string Whole(string script) => "{ " + script + "\n}";
}
