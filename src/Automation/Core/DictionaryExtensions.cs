using System.Collections.ObjectModel;
using System.Globalization;

namespace Automation;

/// <summary>NUKE's dictionary helpers: <c>ReportSummary(_ =&gt; _.AddPair("Packages", count))</c>, <c>WhenNotNull</c>, <c>When</c>, <c>SetKeyValue</c>.</summary>
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

    /// <summary>Sets an entry and returns the dictionary, to chain: <c>variables.ToDictionary().SetKeyValue("GH_TOKEN", token)</c>.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="key">The key.</param>
    /// <param name="value">Its value (replaces one there is).</param>
    /// <returns>The dictionary.</returns>
    public static IDictionary<TKey, TValue> SetKeyValue<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        dictionary[key] = value;
        return dictionary;
    }

    /// <summary>Changes the dictionary with <paramref name="configurator"/> when <paramref name="value"/> is not null: <c>_.WhenNotNull(GitVersion, (_, v) =&gt; _.AddPair("Version", v.SemVer))</c>.</summary>
    /// <typeparam name="TValue">The value's type.</typeparam>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="value">The value, or null to change nothing.</param>
    /// <param name="configurator">The change, given the value.</param>
    /// <returns>The dictionary.</returns>
    public static IDictionary<string, string> WhenNotNull<TValue>(
        this IDictionary<string, string> dictionary, TValue? value, Func<IDictionary<string, string>, TValue, IDictionary<string, string>> configurator)
        where TValue : class
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return value is null ? dictionary : configurator(dictionary, value);
    }

    /// <summary>Changes the dictionary with <paramref name="configurator"/> when <paramref name="condition"/> holds.</summary>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="condition">Whether to change it.</param>
    /// <param name="configurator">The change.</param>
    /// <returns>The dictionary.</returns>
    public static IDictionary<string, string> When(this IDictionary<string, string> dictionary, bool condition, Configure<IDictionary<string, string>> configurator)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        return condition ? configurator(dictionary) : dictionary;
    }

    /// <summary>
    /// A read-only view of an environment-style dictionary (NUKE's <c>….SetKeyValue("GH_TOKEN", token).AsReadOnly()</c>,
    /// for a tool's <c>environmentVariables:</c>).
    /// </summary>
    /// <param name="dictionary">The dictionary.</param>
    /// <returns>A read-only view (changes to the dictionary show through).</returns>
    // Not generic on purpose: where System.Collections.Generic is imported too, overload resolution prefers this
    // non-generic method to the runtime's generic CollectionExtensions.AsReadOnly instead of calling the two ambiguous.
    public static ReadOnlyDictionary<string, string> AsReadOnly(this IDictionary<string, string> dictionary) => new(dictionary);
}
