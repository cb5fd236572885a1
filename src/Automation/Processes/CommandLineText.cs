using System.Text;

namespace Automation.Processes;

/// <summary>Splits a command line into arguments without a shell, and renders arguments back for echoing.</summary>
internal static class CommandLineText
{
    /// <summary>Splits on whitespace; double or single quotes group; a backslash escapes a quote inside double quotes.</summary>
    public static List<string> Split(string commandLine)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var inArgument = false;
        char? quote = null;
        for (var i = 0; i < commandLine.Length; i++)
        {
            var c = commandLine[i];
            if (quote is not null)
            {
                if (c == quote)
                {
                    quote = null;
                }
                else if (c == '\\' && quote == '"' && i + 1 < commandLine.Length && commandLine[i + 1] is '"' or '\\')
                {
                    current.Append(commandLine[++i]);
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inArgument)
                {
                    arguments.Add(current.ToString());
                    current.Clear();
                    inArgument = false;
                }
            }
            else
            {
                inArgument = true;
                if (c is '"' or '\'')
                {
                    quote = c;
                }
                else
                {
                    current.Append(c);
                }
            }
        }

        if (quote is not null)
        {
            throw new ArgumentException($"Unterminated {quote} quote in command line: {commandLine}", nameof(commandLine));
        }

        if (inArgument)
        {
            arguments.Add(current.ToString());
        }

        return arguments;
    }

    /// <summary>Renders a program and arguments as one line, quoting arguments that need it.</summary>
    public static string Render(string program, IEnumerable<string> arguments) =>
        string.Join(' ', new[] { program }.Concat(arguments).Select(Quote));

    // Quoted whenever a shell would treat a character specially, so an echoed command can be pasted back.
    private static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c, StringComparison.Ordinal))
            ? argument
            : "\"" + argument.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "\"";
}
