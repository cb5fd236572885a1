using System.Text;

namespace Automation.Tests.Processes;

/// <summary>
/// How cmd.exe and then a program read a command line, written from their documented rules so tests on any platform
/// can check what <c>cmd.exe /s /c "…"</c> would run: percent expansion (an undefined name stays as written, as on
/// cmd.exe's command line), then carets and quotes (operators only outside quotes), then the C runtime's argument rules
/// (<c>CommandLineToArgvW</c>). Only what the Windows rendering relies on; anything else fails the test.
/// </summary>
internal static class CmdExeModel
{
    /// <summary>What <c>cmd.exe /d /v:off /s /c "script"</c> sees: the line without its first and last quote.</summary>
    public static string AfterSlashS(string commandLine)
    {
        const string Switches = "/d /v:off /s /c ";
        Assert.StartsWith(Switches, commandLine, StringComparison.Ordinal);
        var rest = commandLine[Switches.Length..];
        var first = rest.IndexOf('"', StringComparison.Ordinal);
        var last = rest.LastIndexOf('"');
        Assert.True(first >= 0 && last > first, $"/s needs the script in quotes: {commandLine}");
        return rest[..first] + rest[(first + 1)..last] + rest[(last + 1)..];
    }

    /// <summary>The commands of a line, split at <c>&amp;&amp;</c> outside quotes, after expansion and caret removal.</summary>
    public static List<string> Commands(string line, IReadOnlyDictionary<string, string> environment)
    {
        var expanded = ExpandPercent(line, environment);
        var commands = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < expanded.Length; i++)
        {
            var c = expanded[i];
            if (c == '"')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (quoted)
            {
                current.Append(c);
            }
            else if (c == '^')
            {
                Assert.True(i + 1 < expanded.Length, $"A caret ends the line: {line}");
                current.Append(expanded[++i]);
            }
            else if (c == '&' && i + 1 < expanded.Length && expanded[i + 1] == '&')
            {
                commands.Add(current.ToString().Trim());
                current.Clear();
                i++;
            }
            else
            {
                Assert.False("&|<>()".Contains(c, StringComparison.Ordinal), $"cmd.exe would act on the unescaped '{c}' at {i} of: {expanded}");
                current.Append(c);
            }
        }

        Assert.False(quoted, $"An unclosed quote: {expanded}");
        commands.Add(current.ToString().Trim());
        return commands;
    }

    /// <summary>The program's name and the command line it is given (the rest of the command).</summary>
    public static (string Program, string Tail) Split(string command)
    {
        var quoted = false;
        for (var i = 0; i < command.Length; i++)
        {
            if (command[i] == '"')
            {
                quoted = !quoted;
            }
            else if (command[i] == ' ' && !quoted)
            {
                return (command[..i].Replace("\"", string.Empty, StringComparison.Ordinal), command[(i + 1)..]);
            }
        }

        return (command.Replace("\"", string.Empty, StringComparison.Ordinal), string.Empty);
    }

    /// <summary>The arguments a C runtime program reads from its command line (without its name).</summary>
    public static List<string> Arguments(string tail)
    {
        var arguments = new List<string>();
        var i = 0;
        while (true)
        {
            while (i < tail.Length && tail[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= tail.Length)
            {
                return arguments;
            }

            var current = new StringBuilder();
            var quoted = false;
            while (i < tail.Length && (quoted || tail[i] is not (' ' or '\t')))
            {
                if (tail[i] == '\\')
                {
                    var end = i;
                    while (end < tail.Length && tail[end] == '\\')
                    {
                        end++;
                    }

                    var count = end - i;
                    var beforeQuote = end < tail.Length && tail[end] == '"';
                    current.Append('\\', beforeQuote ? count / 2 : count);
                    i = end;
                    if (beforeQuote && count % 2 == 1)
                    {
                        current.Append('"');
                        i++;
                    }
                }
                else if (tail[i] == '"')
                {
                    if (quoted && i + 1 < tail.Length && tail[i + 1] == '"')
                    {
                        current.Append('"');
                        i += 2;
                    }
                    else
                    {
                        quoted = !quoted;
                        i++;
                    }
                }
                else
                {
                    current.Append(tail[i++]);
                }
            }

            arguments.Add(current.ToString());
        }
    }

    private static string ExpandPercent(string line, IReadOnlyDictionary<string, string> environment)
    {
        var expanded = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            var end = line[i] == '%' ? line.IndexOf('%', i + 1) : -1;
            if (end > i && environment.TryGetValue(line[(i + 1)..end], out var value))
            {
                expanded.Append(value);
                i = end + 1;
            }
            else
            {
                expanded.Append(line[i++]);
            }
        }

        return expanded.ToString();
    }
}
