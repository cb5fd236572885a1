using System.Globalization;

namespace Automation;

/// <summary>NUKE's dictionary helpers: <c>ReportSummary(_ =&gt; _.AddPair("Packages", count))</c>.</summary>
public static class DictionaryExtensions
{
    /// <summary>Sets an entry, the value formatted invariantly (<c>true</c>/<c>false</c> for booleans); a null value adds nothing.</summary>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="key">The entry's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The dictionary, to chain.</returns>
    public static IDictionary<string, string> AddPair(this IDictionary<string, string> dictionary, string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(key);
        if (value is not null)
        {
            dictionary[key] = value switch
            {
                bool flag => flag ? "true" : "false",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
        }

        return dictionary;
    }
}
