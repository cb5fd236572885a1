using System.Text.Json;
using System.Text.Json.Serialization;

namespace Automation.Tools.Chat;

/// <summary>Writes an <see cref="Enumeration"/> as its text, as the chat services expect (<c>"style": "danger"</c>); reading is not needed.</summary>
/// <typeparam name="T">The enumeration.</typeparam>
internal sealed class EnumerationJsonConverter<T> : JsonConverter<T>
    where T : Enumeration
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{typeof(T).Name} is written to chat services, never read.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value?.ToString());
    }
}
