namespace Automation;

/// <summary>NUKE's collection helpers: <c>packages.ForEach(p =&gt; ...)</c>, <c>names.JoinComma()</c>.</summary>
public static class EnumerableExtensions
{
    /// <summary>Runs an action for each item, at once (not lazily).</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="action">What to do with each.</param>
    /// <returns>The items, as a list.</returns>
    public static IReadOnlyList<T> ForEach<T>(this IEnumerable<T> items, Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(action);
        var list = items.ToList();
        foreach (var item in list)
        {
            action(item);
        }

        return list;
    }

    /// <summary>Runs an action for each item as the sequence is enumerated (NUKE's <c>ForEachLazy</c>): nothing runs until something reads it.</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="action">What to do with each, when it is read.</param>
    /// <returns>The items, lazily.</returns>
    public static IEnumerable<T> ForEachLazy<T>(this IEnumerable<T> items, Action<T> action)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(action);
        return items.Select(item =>
        {
            action(item);
            return item;
        });
    }

    /// <summary>Joins the values with <paramref name="separator"/>.</summary>
    /// <param name="values">The values.</param>
    /// <param name="separator">What goes between them.</param>
    /// <returns>The joined text.</returns>
    public static string Join(this IEnumerable<string?> values, string separator) => string.Join(separator, values);

    /// <summary>Joins the values with <c>", "</c>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The joined text.</returns>
    public static string JoinComma(this IEnumerable<string?> values) => string.Join(", ", values);

    /// <summary>Joins the values as a sentence lists them (NUKE's <c>JoinCommaAnd</c>): <c>a and b</c>, <c>a, b, and c</c>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The joined text.</returns>
    public static string JoinCommaAnd(this IEnumerable<string?> values)
    {
        var list = values.ToList();
        return list.Count < 2
            ? string.Join(", ", list)
            : $"{string.Join(", ", list.Take(list.Count - 1))}{(list.Count > 2 ? "," : string.Empty)} and {list[^1]}";
    }

    /// <summary>Joins the values with one space.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The joined text.</returns>
    public static string JoinSpace(this IEnumerable<string?> values) => string.Join(' ', values);

    /// <summary>Joins the values with a line end (<c>\n</c>).</summary>
    /// <param name="values">The values.</param>
    /// <returns>The joined text.</returns>
    public static string JoinNewLine(this IEnumerable<string?> values) => string.Join('\n', values);

    /// <summary>Joins the values with <c>"."</c>.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The joined text.</returns>
    public static string JoinDot(this IEnumerable<string?> values) => string.Join('.', values);

    /// <summary>
    /// The items, then <paramref name="more"/> (NUKE's <c>lines.Concat("- new line")</c>; a sequence goes to LINQ's
    /// <c>Concat</c>). For a sequence of <see cref="object"/>, another sequence is one more item here: call
    /// <c>Enumerable.Concat</c> by name then (code inside the <c>Automation</c> namespaces finds this method first).
    /// </summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <param name="more">The items to add at the end.</param>
    /// <returns>The items followed by the new ones.</returns>
    public static IEnumerable<T> Concat<T>(this IEnumerable<T> items, params T[] more) => Enumerable.Concat(items, more);

    /// <summary>Whether the sequence has no items (NUKE's <c>FailedTargets.IsEmpty()</c>).</summary>
    /// <typeparam name="T">The items' type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>True when there are none.</returns>
    public static bool IsEmpty<T>(this IEnumerable<T> items) => !items.Any();
}
