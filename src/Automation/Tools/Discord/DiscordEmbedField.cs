using System.Text.Json.Serialization;

namespace Automation;

/// <summary>A field of a <see cref="DiscordEmbed"/> (NUKE's <c>DiscordEmbedField</c>).</summary>
public sealed record DiscordEmbedField
{
    /// <summary>The field's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The field's value (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Whether it stands beside other inline fields (<c>inline</c>).</summary>
    [JsonPropertyName("inline")]
    public bool? Inline { get; init; }
}
