using System.Text;

namespace Automation.Processes;

/// <summary>Splits a command line into arguments without a shell, and renders arguments back for echoing.</summary>
internal static class CommandLineText
{
    /// <summary>Splits on whitespace; double or single quotes group; inside double quotes a backslash escapes <c>" \ $ `</c>, as in a POSIX shell.</summary>
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
                else if (c == '\\' && quote == '"' && i + 1 < commandLine.Length && commandLine[i + 1] is '"' or '\\' or '$' or '`')
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

    /// <summary>
    /// Renders with secrets masked argument by argument, before quoting: quoting escapes characters (<c>$ " \ `</c>), and
    /// a masker looking for the raw value in the rendered line would miss the escaped form.
    /// </summary>
    public static string Render(string program, IEnumerable<string> arguments, Func<string, string> mask) =>
        string.Join(' ', new[] { program }.Concat(arguments).Select(argument => mask(argument) is var masked && masked != argument ? QuoteMasked(masked) : Quote(argument)));

    // The mask itself stays unquoted (`--token ***`): a masked command cannot be pasted back anyway.
    private static string QuoteMasked(string masked) =>
        IsPlain(masked.Replace(Core.SecretMasker.Mask, string.Empty, StringComparison.Ordinal)) ? masked : Quote(masked);

    private static bool IsPlain(string argument) =>
        argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=@%+,".Contains(c, StringComparison.Ordinal));

    // Quoted whenever a shell would treat a character specially, so an echoed command can be pasted back.
    private static string Quote(string argument) =>
        argument.Length > 0 && IsPlain(argument)
            ? argument
            : "\"" + argument.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("$", "\\$", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal) + "\"";
}
