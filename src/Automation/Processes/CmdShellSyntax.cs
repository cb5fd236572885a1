using System.Text;

namespace Automation.Processes;

/// <summary>
/// <c>cmd.exe</c>. A program reads its own command line (the C runtime's rules: double quotes, backslashes before a
/// quote doubled); cmd.exe reads the whole line first (operators, <c>%variables%</c>, carets). So an argument is quoted
/// for the program, then every character cmd.exe treats specially is escaped with <c>^</c>, quotes included: cmd.exe
/// never enters a quoted part, and hands the program the quoted argument unchanged. A <c>%NAME%</c> in an argument
/// becomes <c>^%NAME^%</c>, a variable name with a caret that no environment defines, so it stays as written.
/// </summary>
internal sealed class CmdShellSyntax : ShellSyntax
{
    /// <summary>Delayed expansion off whatever the registry says (<c>!name!</c> stays text); AutoRun commands skipped.</summary>
    private const string Switches = "/d /v:off /s /c";

    private const string Special = "()%!^\"<>&|";

    public override string Command(string program, IReadOnlyList<string> arguments)
    {
        var line = new StringBuilder(Program(program));
        foreach (var argument in arguments)
        {
            line.Append(' ').Append(Escape(Quote(argument)));
        }

        return line.ToString();
    }

    public override ShellLaunch Launch(string script) =>
        new("cmd.exe", [.. Switches.Split(' '), script], $"{Switches} \"{script}\"");

    // The script runs in a cmd.exe of its own, started once the prefixes succeeded: it inherits what they set, reads
    // its own `%variables%` only then, and its own operators stay inside it (this line's cmd.exe sees them escaped).
    protected override string Whole(string script) => $"cmd.exe {Switches} {Escape("\"" + script + "\"")}";

    /// <summary>The C runtime's quoting (as <c>CommandLineToArgvW</c> reads it): quotes only when needed.</summary>
    internal static string Quote(string argument)
    {
        RefuseLineBreaks(argument, "an argument");
        if (argument.Length > 0 && !argument.Any(c => c is ' ' or '\t' or '"' or '\v'))
        {
            return argument;
        }

        var quoted = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            // Backslashes are literal unless a quote follows: then each is doubled, and the quote escaped.
            quoted.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes).Append(c);
            backslashes = 0;
        }

        // The closing quote follows the last backslashes: double them so it still closes.
        return quoted.Append('\\', backslashes * 2).Append('"').ToString();
    }

    /// <summary>Every character cmd.exe would act on, caret-escaped.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('^');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // The program is the command's name: cmd.exe finds it only in plain quotes (escaped ones would not join its words),
    // where everything but `%` is literal. A path cannot hold a quote; one with `%` cannot be given to cmd.exe safely.
    private static string Program(string program)
    {
        RefuseLineBreaks(program, "a program's path");
        if (program.Contains('%', StringComparison.Ordinal) || program.Contains('"', StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"cmd.exe cannot start '{program}' under ctx.Prefix: it would read the % or \" in its path. Run it outside the prefix scope, or from a path without them.",
                nameof(program));
        }

        return program.Length > 0 && !program.Any(c => char.IsWhiteSpace(c) || Special.Contains(c, StringComparison.Ordinal) || c is ',' or ';' or '=')
            ? program
            : "\"" + program + "\"";
    }

    private static void RefuseLineBreaks(string text, string what)
    {
        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException($"cmd.exe cannot pass {what} with a line break under ctx.Prefix: '{text}'. Write it to a file and pass the file's path.", nameof(text));
        }
    }
}
