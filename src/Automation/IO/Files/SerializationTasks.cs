using System.Text.Json;

namespace Automation;

/// <summary>NUKE's <c>SerializationTasks</c> for JSON, with System.Text.Json: indented output, property names as
/// declared, reading case-insensitive and lenient about comments and trailing commas.</summary>
public static partial class SerializationTasks
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The object as JSON.</summary>
    /// <param name="value">The object.</param>
    public static string JsonSerialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>The object the JSON describes.</summary>
    /// <param name="json">The JSON text.</param>
    public static T JsonDeserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"The JSON is null, expected a {typeof(T).Name}.");

    /// <summary>Writes the object as JSON to the file.</summary>
    /// <param name="value">The object.</param>
    /// <param name="path">The file.</param>
    public static void JsonSerializeToFile<T>(T value, AbsolutePath path) => path.WriteAllText(JsonSerialize(value));

    /// <summary>Reads the object from the JSON file.</summary>
    /// <param name="path">The file.</param>
    public static T JsonDeserializeFromFile<T>(AbsolutePath path)
    {
        try
        {
            return JsonDeserialize<T>(path.ReadAllText());
        }
        catch (JsonException exception)
        {
            throw new JsonException($"'{path}' does not hold a valid {typeof(T).Name}: {exception.Message}", exception);
        }
    }
}
