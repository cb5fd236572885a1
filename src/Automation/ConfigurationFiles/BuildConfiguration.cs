using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Automation.Core;

namespace Automation.ConfigurationFiles;

/// <summary>
/// The sections of a build's configuration files (keys whose value is an object), merged lowest layer first with
/// <see cref="JsonLayers"/> (objects key by key, arrays replaced whole), and bound to the types targets ask for.
/// </summary>
internal sealed class BuildConfiguration
{
    private static readonly JsonSerializerOptions BindingOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        // A key the type does not have is a misspelt setting far more often than a deliberate extra: an error, naming it.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,

        // Environment variables are text: "5" and "true" must bind to an int and a bool.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter(), new TextBooleanConverter() },
    };

    /// <param name="files">The configuration files, lowest layer first.</param>
    /// <param name="variables">The environment: its <c>AUTOMATION_SECTION__KEY</c> variables are the layer above the files (<see cref="EnvironmentSections"/>).</param>
    /// <param name="spelling">The declared section types' spelling of keys only a variable sets.</param>
    public BuildConfiguration(IEnumerable<ConfigurationFile> files, IReadOnlyDictionary<string, string>? variables = null, SectionSpelling? spelling = null)
    {
        foreach (var file in files)
        {
            var sections = new JsonObject();
            foreach (var (key, value) in file.Root)
            {
                if (value is JsonObject && !key.StartsWith('$'))
                {
                    sections[key] = value.DeepClone();
                }
            }

            Layers.Add(sections, file.DisplayName, file.LineOf);
        }

        EnvironmentSections.Apply(Layers, variables ?? new Dictionary<string, string>(), spelling);
    }

    /// <summary>No configuration files: every section is empty.</summary>
    public static BuildConfiguration Empty => new([]);

    /// <summary>The merged sections and the origin of each value.</summary>
    public JsonLayers Layers { get; } = new(ignoreCase: true);

    /// <summary>Binds section <paramref name="name"/> to a new <typeparamref name="T"/>; a section no file has binds
    /// from <c>{}</c>, so <typeparamref name="T"/>'s defaults stay (and its <c>required</c> members are errors).</summary>
    /// <exception cref="UsageException">A value does not fit <typeparamref name="T"/>: names the file, line and key.</exception>
    public T Section<T>(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var node = Layers.Merged[name];
        try
        {
            return (node ?? new JsonObject()).Deserialize<T>(BindingOptions)
                ?? throw new UsageException($"Configuration section '{name}' is null; {Where(name)} Give it an object of settings, or remove it.");
        }
        catch (JsonException exception)
        {
            var path = KeyPath(name, exception);
            var origin = Layers.OriginOf(path);
            var where = origin is null ? $"no configuration file has section '{name}'" : origin.ToString();
            throw new UsageException(
                $"{where}: configuration key '{path.Replace(JsonLayers.PathSeparator, '.')}' does not fit {typeof(T).Name}: {Reason(exception)} " +
                $"Fix it in {(origin is null ? "a configuration file (automation :config lists them)" : origin.Source)}.");
        }
    }

    private string Where(string name) => Layers.OriginOf(name) is { } origin ? $"it is set in {origin}." : string.Empty;

    // "$.Hosts[0]" -> "deploy:Hosts"; "$['odd key']" -> "deploy:odd key". An unknown key's name is only in the message.
    private static string KeyPath(string section, JsonException exception)
    {
        var path = exception.Path ?? "$";
        var keys = new List<string> { section };
        var position = 1;
        while (position < path.Length)
        {
            if (path[position] == '.')
            {
                var end = path.IndexOfAny(['.', '['], position + 1);
                keys.Add(path[(position + 1)..(end < 0 ? path.Length : end)]);
                position = end < 0 ? path.Length : end;
            }
            else if (path.AsSpan(position).StartsWith("['"))
            {
                var end = path.IndexOf("']", position, StringComparison.Ordinal);
                keys.Add(path[(position + 2)..end]);
                position = end + 2;
            }
            else
            {
                // An array index: the array is one value, set whole by one layer.
                var end = path.IndexOf(']', position);
                position = end < 0 ? path.Length : end + 1;
            }
        }

        // The path may already end at the unknown key (System.Text.Json versions differ): name it once.
        if (UnmappedKey(exception.Message) is { } unmapped && !string.Equals(keys[^1], unmapped, StringComparison.OrdinalIgnoreCase))
        {
            keys.Add(unmapped);
        }

        return string.Join(JsonLayers.PathSeparator, keys);
    }

    private static string? UnmappedKey(string message)
    {
        const string Marker = "The JSON property '";
        if (!message.StartsWith(Marker, StringComparison.Ordinal) || !message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf('\'', Marker.Length);
        return end < 0 ? null : message[Marker.Length..end];
    }

    // System.Text.Json's message without its "Path: ... | LineNumber: ..." tail, which counts in the merged object,
    // not in the file.
    private static string Reason(JsonException exception)
    {
        var message = exception.Message;
        var tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (tail < 0 ? message : message[..tail]).Trim();
    }
}
