using System.Text.Json.Serialization;

namespace Automation;

/// <summary>A rich embed of a <see cref="DiscordMessage"/> (NUKE's <c>DiscordEmbed</c>), with Discord's field names.</summary>
public sealed record DiscordEmbed
{
    /// <summary>The title (<c>title</c>).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The kind of embed (<c>type</c>; webhooks send <c>rich</c>).</summary>
    [JsonPropertyName("type")]
    public DiscordEmbedType? Type { get; init; }

    /// <summary>The text (<c>description</c>), in Discord's markdown.</summary>
    [JsonPropertyName("description")]
    public string? Description { get; init; }

    /// <summary>The link of the title (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>An ISO 8601 time shown in the footer (<c>timestamp</c>).</summary>
    [JsonPropertyName("timestamp")]
    public string? Timestamp { get; init; }

    /// <summary>The colour of the left border, as a number (<c>color</c>, <c>0x00ACC1</c>).</summary>
    [JsonPropertyName("color")]
    public int? Color { get; init; }

    /// <summary>The footer (<c>footer</c>).</summary>
    [JsonPropertyName("footer")]
    public DiscordEmbedFooter? Footer { get; init; }

    /// <summary>An image (<c>image</c>).</summary>
    [JsonPropertyName("image")]
    public DiscordEmbedImage? Image { get; init; }

    /// <summary>A thumbnail (<c>thumbnail</c>).</summary>
    [JsonPropertyName("thumbnail")]
    public DiscordEmbedThumbnail? Thumbnail { get; init; }

    /// <summary>The author (<c>author</c>).</summary>
    [JsonPropertyName("author")]
    public DiscordEmbedAuthor? Author { get; init; }

    /// <summary>Fields (<c>fields</c>).</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<DiscordEmbedField> Fields { get; init; } = [];
}
