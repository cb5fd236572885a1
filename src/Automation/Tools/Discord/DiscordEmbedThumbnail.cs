using System.Text.Json.Serialization;

namespace Automation;

/// <summary>The thumbnail of a <see cref="DiscordEmbed"/> (NUKE's <c>DiscordEmbedThumbnail</c>).</summary>
public sealed record DiscordEmbedThumbnail
{
    /// <summary>The thumbnail's address (<c>url</c>; http(s) or an attachment).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>Its height (<c>height</c>).</summary>
    [JsonPropertyName("height")]
    public int? Height { get; init; }

    /// <summary>Its width (<c>width</c>).</summary>
    [JsonPropertyName("width")]
    public int? Width { get; init; }
}
