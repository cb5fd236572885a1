using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automation.ConfigurationFiles;

/// <summary>Reads a bool from JSON's <c>true</c>/<c>false</c> or from the text <c>"true"</c>/<c>"false"</c> (any case), as an environment variable gives it.</summary>
internal sealed class TextBooleanConverter : JsonConverter<bool>
{
    public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.String when bool.TryParse(reader.GetString(), out var value) => value,
        _ => throw new JsonException($"Expected true or false, not {(reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : reader.TokenType.ToString())}."),
    };

    public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
}
