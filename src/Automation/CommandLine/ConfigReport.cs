using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Automation.ConfigurationFiles;
using Automation.Core;
using Automation.Parameters;

namespace Automation.CommandLine;

/// <summary>
/// The effective configuration of one invocation: each parameter's value and the highest source that gave it, and
/// each setting of the configuration sections with the layer that set it. Secret parameters show <c>***</c>, and so do
/// settings whose key names a credential (<c>Password</c>, <c>Token</c>, ...); the output's masker hides any other
/// occurrence of a secret's value.
/// </summary>
internal sealed partial class ConfigReport
{
    public ConfigReport(object build, IReadOnlyList<ParameterDescriptor> parameters, ParameterInputs inputs, IReadOnlyList<ConfigurationLayer> layers, BuildConfiguration configuration)
    {
        Layers = layers;
        var entries = parameters.OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new ConfigEntry("parameter", p.Name, ParameterValue(p, build), Origin(ParameterBinder.Sources(p, inputs).FirstOrDefault())))
            .ToList();
        entries.AddRange(configuration.Layers.Values.Select(v => new ConfigEntry(
            "setting",
            v.Path.Replace(JsonLayers.PathSeparator, '.'),
            CredentialKey().IsMatch(v.Path[(v.Path.LastIndexOf(JsonLayers.PathSeparator) + 1)..]) ? SecretMasker.Mask : Text(v.Value),
            v.Origin.ToString())));
        Entries = entries;
    }

    /// <summary>The file layers looked for, lowest first.</summary>
    public IReadOnlyList<ConfigurationLayer> Layers { get; }

    /// <summary>The parameters by name, then the settings in the order of the merged sections.</summary>
    public IReadOnlyList<ConfigEntry> Entries { get; }

    private static string Origin(RawValue? source) => source switch
    {
        null => "default",
        { Source: var text } when text.StartsWith("--", StringComparison.Ordinal) => "command line",
        _ => source.Origin,
    };

    private static string ParameterValue(ParameterDescriptor parameter, object build)
    {
        var value = parameter.GetValue(build);
        return parameter.IsSecret && value is not null && Format(value).Length > 0 ? SecretMasker.Mask : Format(value);
    }

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        bool flag => flag ? "true" : "false",
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Format)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Text(JsonNode? node) => node switch
    {
        null => "null",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    // Keys that hold credentials by their name: shown masked even when their value is not a registered secret.
    [GeneratedRegex("password|passwd|secret|token|api-?_?key|private-?_?key|credential", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialKey();
}
