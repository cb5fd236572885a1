using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Automation.Ci.Yaml;

/// <summary>
/// Writes a <see cref="YamlMap"/> tree as block-style YAML with two-space indentation and <c>\n</c> line ends.
/// Strings are written plain when YAML reads them back as the same string, otherwise single-quoted (double-quoted
/// when they hold line breaks), so the output never depends on a serializer's heuristics.
/// </summary>
internal static partial class YamlEmitter
{
    public static string Write(YamlMap root, IEnumerable<string> headerComments)
    {
        var builder = new StringBuilder();
        foreach (var comment in headerComments)
        {
            builder.Append(comment.Length == 0 ? "#" : "# " + comment).Append('\n');
        }

        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        WriteMap(builder, root, 0);
        return builder.ToString();
    }

    /// <summary>The lines of <paramref name="map"/> as one sequence item (<c>- key: value</c>) at indentation 0.</summary>
    public static IReadOnlyList<string> SequenceItemLines(YamlMap map) => Lines(builder => WriteSequenceItem(builder, map, 0));

    /// <summary>The lines of <paramref name="map"/> at indentation 0.</summary>
    public static IReadOnlyList<string> MapLines(YamlMap map) => Lines(builder => WriteMap(builder, map, 0));

    private static List<string> Lines(Action<StringBuilder> write)
    {
        var builder = new StringBuilder();
        write(builder);
        return [.. builder.ToString().TrimEnd('\n').Split('\n')];
    }

    private static void WriteMap(StringBuilder builder, YamlMap map, int indent)
    {
        foreach (var (key, value) in map)
        {
            builder.Append(' ', indent).Append(Key(key)).Append(':');
            WriteValue(builder, value, indent);
        }
    }

    // Called right after "key:" or "-": writes the rest of that line and any nested lines.
    private static void WriteValue(StringBuilder builder, object? value, int indent)
    {
        switch (value)
        {
            case null:
                builder.Append('\n');
                break;
            case YamlMap { Count: 0 }:
                builder.Append(" {}\n");
                break;
            case YamlMap map:
                builder.Append('\n');
                WriteMap(builder, map, indent + 2);
                break;
            case IEnumerable sequence and not string:
                var items = sequence.Cast<object?>().ToList();
                if (items.Count == 0)
                {
                    builder.Append(" []\n");
                    break;
                }

                builder.Append('\n');
                foreach (var item in items)
                {
                    WriteSequenceItem(builder, item, indent + 2);
                }

                break;
            case string text when IsBlockSafe(text):
                // Several lines (e.g. paths of a cache step) read best as a literal block.
                builder.Append(text.EndsWith('\n') ? " |\n" : " |-\n");
                foreach (var line in text.TrimEnd('\n').Split('\n'))
                {
                    builder.Append(' ', indent + 2).Append(line).Append('\n');
                }

                break;
            default:
                builder.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static void WriteSequenceItem(StringBuilder builder, object? item, int indent)
    {
        if (item is YamlLines written)
        {
            foreach (var line in written.Lines)
            {
                builder.Append(' ', indent).Append(line).Append('\n');
            }

            return;
        }

        if (item is YamlMap { Count: > 0 } map)
        {
            // The first entry shares the dash's line; the rest line up under it.
            var nested = new StringBuilder();
            WriteMap(nested, map, indent + 2);
            builder.Append(' ', indent).Append("- ").Append(nested.ToString(indent + 2, nested.Length - indent - 2));
            return;
        }

        builder.Append(' ', indent).Append('-');
        WriteValue(builder, item, indent);
    }

    // GitHub's `on:` is written bare by convention: YAML 1.2 readers (GitHub, actionlint, YamlDotNet) read it as a string.
    private static string Key(string key) => key == "on" ? key : Quote(key);

    private static string Scalar(object value) => value switch
    {
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new ArgumentException($"Unsupported YAML value type {value.GetType().Name}.", nameof(value)),
    };

    private static string Quote(string text)
    {
        if (text.Any(char.IsControl))
        {
            var escaped = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
                .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
            return "\"" + escaped + "\"";
        }

        return IsPlainSafe(text) ? text : "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static bool IsBlockSafe(string text) =>
        text.Contains('\n', StringComparison.Ordinal)
        && !text.StartsWith(' ') && !text.Contains("\n\n", StringComparison.Ordinal)
        && text.TrimEnd('\n').Split('\n').All(line => line.Length > 0 && !line.Any(char.IsControl) && !char.IsWhiteSpace(line[^1]));

    private static bool IsPlainSafe(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
        && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0], StringComparison.Ordinal) < 0
        && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':')
        && !ResolvesToNonString().IsMatch(text);

    // Words and numbers that YAML 1.1 or 1.2 readers turn into booleans, null or numbers.
    [GeneratedRegex(@"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex ResolvesToNonString();
}
