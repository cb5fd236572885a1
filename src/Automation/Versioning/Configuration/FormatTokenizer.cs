using System.Globalization;
using System.Text;

namespace Automation.Versioning.Configuration;

/// <summary>
/// Splits the inside of a placeholder into its <c>??</c>-separated alternatives: <c>"quoted text"</c> (with
/// <c>\"</c> for a quote) and whole numbers are literals, <c>env:NAME</c> reads the environment, anything else names
/// a variable; <c>:format</c> after a name formats its value. Malformed input is a <see cref="FormatException"/>.
/// </summary>
internal static class FormatTokenizer
{
    public static IReadOnlyList<FormatToken> Parse(string input)
    {
        var tokens = new List<FormatToken>();
        var index = 0;
        var separated = false;
        SkipWhitespace(input, ref index);
        while (index < input.Length)
        {
            var identifier = Identifier(input, ref index);
            if (identifier.Length == 0)
            {
                throw new FormatException("expected a name, \"text\" or a number");
            }

            tokens.Add(Token(identifier));
            SkipWhitespace(input, ref index);
            separated = Separator(input, ref index);
            SkipWhitespace(input, ref index);
        }

        if (tokens.Count == 0 || separated)
        {
            throw new FormatException(tokens.Count == 0 ? "the placeholder is empty" : "nothing after '??'");
        }

        return tokens;
    }

    private static FormatToken Token(string identifier)
    {
        if (identifier.StartsWith("env:", StringComparison.OrdinalIgnoreCase))
        {
            var (name, format) = NameAndFormat(identifier[4..]);
            return new FormatToken(FormatTokenKind.Environment, name, format);
        }

        if (identifier.Length >= 2 && identifier[0] == '"' && identifier[^1] == '"')
        {
            return new FormatToken(FormatTokenKind.Literal, identifier[1..^1]);
        }

        if (int.TryParse(identifier, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
        {
            return new FormatToken(FormatTokenKind.Literal, identifier);
        }

        var (variable, variableFormat) = NameAndFormat(identifier);
        return new FormatToken(FormatTokenKind.Variable, variable, variableFormat);
    }

    private static (string Name, string? Format) NameAndFormat(string identifier)
    {
        var parts = identifier.Split(':');
        return parts.Length switch
        {
            1 => (identifier, null),
            2 when parts[1].Length > 0 => (parts[0], parts[1]),
            _ => throw new FormatException($"'{identifier}' has more than one ':' or an empty format"),
        };
    }

    private static string Identifier(string input, ref int index)
    {
        var value = new StringBuilder();
        var quoted = index < input.Length && input[index] == '"';
        if (quoted)
        {
            value.Append('"');
            index++;
        }

        while (index < input.Length)
        {
            var c = input[index];
            if (c == '\\' && index + 1 < input.Length && input[index + 1] == '"')
            {
                value.Append('"');
                index += 2;
                continue;
            }

            if (c == '"')
            {
                if (!quoted)
                {
                    throw new FormatException("a quote in the middle of a name; quote the whole text: \"text\"");
                }

                index++;
                return value.Append('"').ToString();
            }

            if (!quoted && (char.IsWhiteSpace(c) || c == '?'))
            {
                return value.ToString();
            }

            value.Append(c);
            index++;
        }

        return quoted ? throw new FormatException("a quoted text has no closing quote") : value.ToString();
    }

    private static bool Separator(string input, ref int index)
    {
        var seen = 0;
        while (index < input.Length && seen < 2)
        {
            if (input[index] != '?')
            {
                throw new FormatException("expected '??' between alternatives");
            }

            seen++;
            index++;
        }

        return seen == 2 || (seen == 1 ? throw new FormatException("expected '??' between alternatives") : false);
    }

    private static void SkipWhitespace(string input, ref int index)
    {
        while (index < input.Length && char.IsWhiteSpace(input[index]))
        {
            index++;
        }
    }
}
