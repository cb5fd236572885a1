using System.Globalization;
using System.Text.Json;
using Automation.Core;

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

    /// <summary>
    /// The keys that name targets rather than parameters (<c>Targets</c>, <c>Skip</c>; applied by
    /// <see cref="CommandLine.ParameterFileTargets"/>), in <see cref="Naming.Normalize"/>d form, so the binder does not
    /// report them as unknown parameters.
    /// </summary>
    public static readonly IReadOnlyList<string> TargetKeys = ["targets", "skip"];

    /// <summary>The largest parameter file read: a few hundred values fit in a few KB, so a bigger file is not one
    /// written by hand (a generated or pasted file) and is refused before it is parsed.</summary>
    public const long MaxBytes = 1024 * 1024;

    public static ParameterFile Load(AbsolutePath path, AbsolutePath root)
    {
        var displayName = path.RelativeTo(root).Replace('\\', '/');
        var size = new FileInfo(path).Length;
        if (size > MaxBytes)
        {
            throw new UsageException(
                $"{displayName} is {size / 1024} KB, more than a parameter file may be ({MaxBytes / 1024} KB): it holds parameter values, a few lines each. " +
                "Check that it is the right file, and move anything that is not a parameter value elsewhere.");
        }

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
