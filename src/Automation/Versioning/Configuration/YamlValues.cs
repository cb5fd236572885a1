using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Automation.Versioning.Configuration;

/// <summary>Typed reads of YAML values; a value of the wrong kind is a <see cref="VersioningException"/> naming the line.</summary>
internal sealed class YamlValues(string file)
{
    public string File { get; } = file;

    public string Where(YamlNode node) => $"{File} line {node.Start.Line}";

    public string? String(YamlNode node, string key) => node switch
    {
        YamlScalarNode scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "" => null,
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        _ => throw Invalid(node, key, "a text value"),
    };

    public string Text(YamlNode node, string key) => String(node, key) ?? string.Empty;

    public bool Bool(YamlNode node, string key) => String(node, key)?.ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "ON" => true,
        "FALSE" or "NO" or "OFF" => false,
        _ => throw Invalid(node, key, "true or false"),
    };

    public int Int(YamlNode node, string key) =>
        int.TryParse(String(node, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(node, key, "a whole number");

    public T Enum<T>(YamlNode node, string key)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(String(node, key), ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw Invalid(node, key, "one of " + string.Join(", ", System.Enum.GetNames<T>()));

    public List<string> List(YamlNode node, string key) => node switch
    {
        YamlSequenceNode sequence => [.. sequence.Children.Select(child => Text(child, key))],
        YamlScalarNode scalar when String(scalar, key) is null => [],
        _ => throw Invalid(node, key, "a list"),
    };

    public YamlMappingNode Map(YamlNode node, string key) => node switch
    {
        YamlMappingNode mapping => mapping,
        YamlScalarNode scalar when String(scalar, key) is null => new YamlMappingNode(),
        _ => throw Invalid(node, key, "a mapping of keys to values"),
    };

    public VersioningException Invalid(YamlNode node, string key, string expected) =>
        new($"{Where(node)}: '{key}' must be {expected}.");
}
