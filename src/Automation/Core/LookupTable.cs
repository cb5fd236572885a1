using System.Collections;

namespace Automation;

/// <summary>
/// A lookup that can be changed (NUKE's <c>LookupTable</c>): several values per key, an empty sequence for a key that
/// has none. <c>AzurePipelinesAttribute.GetJob</c> receives the jobs written so far in one.
/// </summary>
/// <typeparam name="TKey">The key.</typeparam>
/// <typeparam name="TValue">The values.</typeparam>
public class LookupTable<TKey, TValue> : ILookup<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, List<TValue>> _values;

    /// <summary>An empty table comparing keys by their default equality.</summary>
    public LookupTable()
        : this(EqualityComparer<TKey>.Default)
    {
    }

    /// <summary>An empty table comparing keys with <paramref name="comparer"/>.</summary>
    /// <param name="comparer">The key comparer.</param>
    public LookupTable(IEqualityComparer<TKey> comparer) => _values = new Dictionary<TKey, List<TValue>>(comparer);

    /// <summary>The number of keys with values.</summary>
    public int Count => _values.Count;

    /// <summary>The values of <paramref name="key"/>, in the order they were added; none when it has none.</summary>
    /// <param name="key">The key.</param>
    public IEnumerable<TValue> this[TKey key] => _values.TryGetValue(key, out var values) ? values.AsReadOnly() : [];

    /// <summary>Adds a value to <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Add(TKey key, TValue value)
    {
        if (!_values.TryGetValue(key, out var values))
        {
            _values[key] = values = [];
        }

        values.Add(value);
    }

    /// <summary>Adds values to <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="values">The values.</param>
    public void AddRange(TKey key, IEnumerable<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            Add(key, value);
        }
    }

    /// <summary>Removes <paramref name="key"/> and its values.</summary>
    /// <param name="key">The key.</param>
    public void Remove(TKey key) => _values.Remove(key);

    /// <summary>Removes one value of <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Remove(TKey key, TValue value)
    {
        if (_values.TryGetValue(key, out var values) && values.Remove(value) && values.Count == 0)
        {
            _values.Remove(key);
        }
    }

    /// <summary>Removes every key.</summary>
    public void Clear() => _values.Clear();

    /// <summary>Whether <paramref name="key"/> has values.</summary>
    /// <param name="key">The key.</param>
    public bool Contains(TKey key) => _values.ContainsKey(key);

    /// <summary>The keys with their values.</summary>
    public IEnumerator<IGrouping<TKey, TValue>> GetEnumerator() =>
        _values.Select(pair => (IGrouping<TKey, TValue>)new Grouping(pair.Key, pair.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Grouping(TKey key, List<TValue> values) : IGrouping<TKey, TValue>
    {
        public TKey Key { get; } = key;

        public IEnumerator<TValue> GetEnumerator() => values.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
