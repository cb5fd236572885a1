using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Automation.Components;

/// <summary>
/// Renders an environment's configuration from its layers, lowest first: <c>common.json</c>,
/// <c>common-&lt;env&gt;.json</c>, <c>&lt;app&gt;.json</c>, <c>&lt;app&gt;-&lt;env&gt;.json</c> (files of the configuration
/// folder, each optional), the environment's overrides, then the host's own settings. JSON objects merge key by key; a
/// later layer's value replaces an earlier one. Override and host keys may name nested keys with <c>:</c>
/// (<c>Logging:Level</c>). <c>${Name}</c> in a string value takes the secret of that name.
/// </summary>
public static partial class ConfigurationLayers
{
    /// <summary>The rendered file (UTF-8 JSON) and its SHA-256 in hex.</summary>
    public sealed record Rendered(string Json, string Hash, IReadOnlyList<string> Layers);

    /// <summary>Renders the configuration of <paramref name="environment"/> for <paramref name="host"/>.</summary>
    /// <exception cref="InvalidOperationException">A layer is not a JSON object, or a <c>${Name}</c> has no secret of that name.</exception>
    public static Rendered Render(string folder, string app, DeliveryEnvironment environment, string host, IReadOnlyDictionary<string, string> secrets)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(secrets);
        // The engine's layering (the same that merges a build's own configuration files): objects key by key, other
        // values replaced whole.
        var merged = new JsonLayers();
        var layers = new List<string>();
        foreach (var name in new[] { "common", $"common-{environment.Name}", app, $"{app}-{environment.Name}" })
        {
            var file = Path.Combine(folder, name + ".json");
            if (File.Exists(file))
            {
                merged.Add(ReadObject(file), name + ".json");
                layers.Add(name + ".json");
            }
        }

        if (environment.Overrides.Count > 0)
        {
            ApplySettings(merged, environment.Overrides, "overrides");
            layers.Add("overrides");
        }

        if (environment.HostSettings.TryGetValue(host, out var settings))
        {
            ApplySettings(merged, settings, $"host {host}");
            layers.Add($"host {host}");
        }

        var result = merged.Merged.DeepClone();
        var json = SubstituteSecrets(result, secrets).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        return new Rendered(json, hash, layers);
    }

    private static JsonObject ReadObject(string file)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllText(file)) as JsonObject
                ?? throw new InvalidOperationException($"The configuration layer {file} must hold a JSON object ({{ ... }}).");
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The configuration layer {file} is not valid JSON: {exception.Message}", exception);
        }
    }

    private static void ApplySettings(JsonLayers merged, IReadOnlyDictionary<string, string> settings, string source)
    {
        foreach (var (key, value) in settings)
        {
            merged.Set(key, JsonValue.Create(value), new ConfigurationOrigin(source));
        }
    }

    private static JsonNode SubstituteSecrets(JsonNode node, IReadOnlyDictionary<string, string> secrets)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    obj[key] = value is null ? null : SubstituteSecrets(value.DeepClone(), secrets);
                }

                return obj;
            case JsonArray array:
                return new JsonArray(array.Select(item => item is null ? null : SubstituteSecrets(item.DeepClone(), secrets)).ToArray());
            case JsonValue value when value.TryGetValue<string>(out var text):
                return JsonValue.Create(Placeholder().Replace(text, match => secrets.TryGetValue(match.Groups[1].Value, out var secret)
                    ? secret
                    : throw new InvalidOperationException($"The configuration uses ${{{match.Groups[1].Value}}}, but no secret of that name is given. Secrets: {(secrets.Count == 0 ? "none" : string.Join(", ", secrets.Keys))}; declare it in DeliverySecrets.")));
            default:
                return node;
        }
    }

    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Placeholder();
}
