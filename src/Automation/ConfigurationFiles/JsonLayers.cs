using System.Text.Json.Nodes;

namespace Automation;

/// <summary>
/// Merges JSON objects layer over layer, lowest first, and remembers which layer set each value: objects merge key by
/// key; any other value (a string, number, boolean, null or an array) of a later layer replaces the earlier one whole.
/// The one layering engine of the library: the build's configuration (<c>automation :config</c>) and the delivery
/// component's rendered environment configuration both use it.
/// </summary>
public sealed class JsonLayers
{
    private readonly JsonNodeOptions _options;
    private readonly Dictionary<string, ConfigurationOrigin> _origins;

    /// <param name="ignoreCase">Whether keys that differ only in case are the same key (parameters and sections are
    /// matched that way); otherwise keys are compared as written.</param>
    public JsonLayers(bool ignoreCase = false)
    {
        _options = new JsonNodeOptions { PropertyNameCaseInsensitive = ignoreCase };
        _origins = new Dictionary<string, ConfigurationOrigin>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        Merged = new JsonObject(_options);
    }

    /// <summary>The separator of the keys in a path (<c>Logging:Level</c>), as in .NET's configuration.</summary>
    public const char PathSeparator = ':';

    /// <summary>The merged object so far. Read it, do not change it: the origins would no longer match.</summary>
    public JsonObject Merged { get; }

    /// <summary>Every leaf value so far, in the order of the merged object, with the layer that set it.</summary>
    public IReadOnlyList<ConfigurationValue> Values
    {
        get
        {
            var values = new List<ConfigurationValue>();
            Collect(Merged, prefix: null, values);
            return values;
        }
    }

    /// <summary>Merges <paramref name="layer"/> over what is there.</summary>
    /// <param name="layer">The layer's values.</param>
    /// <param name="source">The layer's name as users see it (a file's path, <c>overrides</c>).</param>
    /// <param name="lineOf">The line of a key's value in the layer's file, by path; null when not a file.</param>
    public void Add(JsonObject layer, string source, Func<string, int?>? lineOf = null)
    {
        ArgumentNullException.ThrowIfNull(layer);
        ArgumentNullException.ThrowIfNull(source);
        Merge(Merged, layer, prefix: null, source, lineOf);
    }

    /// <summary>Sets one value at <paramref name="path"/> (<c>Section:Key</c>), making the objects on the way.</summary>
    public void Set(string path, JsonNode? value, ConfigurationOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(origin);
        var parts = path.Split(PathSeparator);
        var node = Merged;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (node[parts[i]] is not JsonObject next)
            {
                next = new JsonObject(_options);
                Forget(string.Join(PathSeparator, parts[..(i + 1)]));
                node[parts[i]] = next;
            }

            node = next;
        }

        if (value is JsonObject obj)
        {
            Merge(node, new JsonObject { [parts[^1]] = obj.DeepClone() }, parts.Length > 1 ? string.Join(PathSeparator, parts[..^1]) : null, origin.Source, _ => origin.Line);
            return;
        }

        Forget(path);
        node[parts[^1]] = value?.DeepClone();
        _origins[path] = origin;
    }

    /// <summary>The layer that set the value at <paramref name="path"/> (<c>deploy:Hosts</c>), or the nearest enclosing
    /// value's; null when no layer set it.</summary>
    public ConfigurationOrigin? OriginOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        for (var candidate = path; ; candidate = candidate[..candidate.LastIndexOf(PathSeparator)])
        {
            if (_origins.TryGetValue(candidate, out var origin))
            {
                return origin;
            }

            if (!candidate.Contains(PathSeparator, StringComparison.Ordinal))
            {
                return null;
            }
        }
    }

    private void Merge(JsonObject target, JsonObject layer, string? prefix, string source, Func<string, int?>? lineOf)
    {
        foreach (var (key, value) in layer)
        {
            var path = prefix is null ? key : prefix + PathSeparator + key;
            if (value is JsonObject child)
            {
                if (target[key] is not JsonObject existing)
                {
                    // A fresh object with this merge's key comparison, whatever options the layer was parsed with.
                    Forget(path);
                    existing = new JsonObject(_options);
                    target[key] = existing;
                    _origins[path] = new ConfigurationOrigin(source, lineOf?.Invoke(path));
                }

                Merge(existing, child, path, source, lineOf);
                continue;
            }

            Forget(path);
            target[key] = value?.DeepClone();
            _origins[path] = new ConfigurationOrigin(source, lineOf?.Invoke(path));
        }
    }

    // A value replaced: what a lower layer set under it is gone with it.
    private void Forget(string path)
    {
        var under = path + PathSeparator;
        var comparison = _options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var key in _origins.Keys.Where(key => key.StartsWith(under, comparison)).ToList())
        {
            _origins.Remove(key);
        }

        _origins.Remove(path);
    }

    private void Collect(JsonObject node, string? prefix, List<ConfigurationValue> values)
    {
        foreach (var (key, value) in node)
        {
            var path = prefix is null ? key : prefix + PathSeparator + key;
            if (value is JsonObject child && child.Count > 0)
            {
                Collect(child, path, values);
            }
            else
            {
                values.Add(new ConfigurationValue(path, value, OriginOf(path) ?? new ConfigurationOrigin("unknown")));
            }
        }
    }
}
