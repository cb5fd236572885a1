using System.Globalization;
using System.Text.Json;
using Automation.Cli;
using Automation.Targets;

namespace Automation.Parameters;

/// <summary>A <c>.nuke/parameters[.profile].json</c> file: parameter values keyed by member or parameter name.</summary>
internal sealed class ParameterFile
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private ParameterFile(string displayName, IReadOnlyDictionary<string, (string Key, RawValue Value)> values)
    {
        DisplayName = displayName;
        Values = values;
    }

    public string DisplayName { get; }

    /// <summary>Values keyed by <see cref="Naming.Normalize"/>d name, with the key as written.</summary>
    public IReadOnlyDictionary<string, (string Key, RawValue Value)> Values { get; }

    public static ParameterFile Load(AbsolutePath path, AbsolutePath root)
    {
        var displayName = path.RelativeTo(root).Replace('\\', '/');
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), Options);
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber + 1)?.ToString(CultureInfo.InvariantCulture) ?? "?";
            throw new UsageException($"{displayName} is not valid JSON (line {line}): {FirstSentence(exception.Message)} Fix the file or remove it.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"{displayName} must contain a JSON object of parameter values, like {{ \"Configuration\": \"Release\" }}.");
            }

            var values = new Dictionary<string, (string, RawValue)>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue;
                }

                values[Naming.Normalize(property.Name)] = (property.Name, new RawValue(ToStrings(property.Value, displayName, property.Name), displayName, root));
            }

            return new ParameterFile(displayName, values);
        }
    }

    private static List<string> ToStrings(JsonElement element, string file, string key) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => ToStrings(e, file, key)).ToList(),
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number => [element.GetRawText()],
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        JsonValueKind.Null => [],
        _ => throw new UsageException($"{file}: the value of '{key}' is an object; a parameter value is a string, number, boolean, null or an array of these."),
    };

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
