using System.Collections;

namespace Automation.Ci.Yaml;

/// <summary>
/// A YAML mapping that keeps its keys in insertion order, so generated files come out the same every time. Values are
/// strings, numbers, booleans, null (an empty value such as <c>workflow_dispatch:</c>), nested maps or sequences.
/// </summary>
internal sealed class YamlMap : IEnumerable<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Adds an entry; collection initializers use it: <c>new YamlMap { ["runs-on"] = image }</c>.</summary>
    public object? this[string key]
    {
        set
        {
            if (_entries.Exists(e => e.Key == key))
            {
                throw new InvalidOperationException($"Duplicate YAML key '{key}'.");
            }

            _entries.Add(new(key, value));
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
