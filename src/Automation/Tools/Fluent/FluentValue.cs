using System.Globalization;

namespace Automation.Tools.Fluent;

/// <summary>What the generated fluent settings extensions share: NUKE's object values as text, and dictionary edits.</summary>
internal static class FluentValue
{
    /// <summary>A value as an MSBuild property or a variable takes it: <c>true</c>/<c>false</c> for booleans, invariant culture for numbers.</summary>
    public static string Format(object? value, string key) => value switch
    {
        null => throw new ArgumentNullException(nameof(value), $"No value given for '{key}': pass a value, or use the Remove form to drop it."),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A copy of <paramref name="entries"/> with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public static IReadOnlyDictionary<string, TValue> With<TValue>(IReadOnlyDictionary<string, TValue>? entries, string key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = Copy(entries);
        copy[key] = value;
        return copy;
    }

    /// <summary>A copy with <paramref name="key"/> added; NUKE's Add form, which fails on a key already there.</summary>
    public static IReadOnlyDictionary<string, TValue> Adding<TValue>(IReadOnlyDictionary<string, TValue>? entries, string key, TValue value, string property)
    {
        ArgumentNullException.ThrowIfNull(key);
        var copy = Copy(entries);
        return copy.TryAdd(key, value)
            ? copy
            : throw new ArgumentException($"{property} already has '{key}'; use the Set form to replace its value.", nameof(key));
    }

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public static IReadOnlyDictionary<string, TValue> Without<TValue>(IReadOnlyDictionary<string, TValue>? entries, string key)
    {
        var copy = Copy(entries);
        copy.Remove(key);
        return copy;
    }

    /// <summary>A copy of the entries of a NUKE-style dictionary of objects, formatted.</summary>
    public static IReadOnlyDictionary<string, string> FromObjects(IDictionary<string, object> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.ToDictionary(e => e.Key, e => Format(e.Value, e.Key), StringComparer.Ordinal);
    }

    /// <summary>The list without the given values.</summary>
    public static IReadOnlyList<T> Without<T>(IReadOnlyList<T> items, IEnumerable<T> values)
    {
        var removed = values.ToHashSet();
        return [.. items.Where(item => !removed.Contains(item))];
    }

    /// <summary>Run options with the environment changed.</summary>
    public static RunOptions Environment(RunOptions? run, Func<IReadOnlyDictionary<string, string?>?, IReadOnlyDictionary<string, string?>?> change)
    {
        var options = run ?? new RunOptions();
        return options with { Environment = change(options.Environment) };
    }

    /// <summary>A copy of the entries, with ordinal keys.</summary>
    public static Dictionary<string, TValue> Copy<TValue>(IReadOnlyDictionary<string, TValue>? entries) =>
        entries is null ? new Dictionary<string, TValue>(StringComparer.Ordinal) : entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
