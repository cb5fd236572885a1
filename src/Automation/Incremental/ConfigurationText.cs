using System.Collections;
using System.Globalization;
using System.Text;

namespace Automation.Incremental;

/// <summary>
/// Writes named values (parameter values, a target's non-file inputs) as one unambiguous text, to be hashed: the
/// same values always give the same text, and different values different texts.
/// </summary>
internal sealed class ConfigurationText
{
    private readonly StringBuilder _text = new();

    public ConfigurationText Add(string name, object? value)
    {
        // Control characters as separators: they do not occur in names, and a value cannot fake an entry boundary
        // because each value is length-prefixed.
        var formatted = Format(value);
        _text.Append(name).Append('\u001f').Append(formatted.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(formatted).Append('\u001e');
        return this;
    }

    public ConfigurationText AddRaw(string text)
    {
        _text.Append(text);
        return this;
    }

    public override string ToString() => _text.ToString();

    private static string Format(object? value) => value switch
    {
        null => "\u0000null",
        string text => text,
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(item => Quote(Format(item)))) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Quote(string item) => item.Length.ToString(CultureInfo.InvariantCulture) + ":" + item;
}
