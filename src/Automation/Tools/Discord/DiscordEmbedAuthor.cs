using System.Text.Json.Serialization;

namespace Automation;

/// <summary>The author of a <see cref="DiscordEmbed"/> (NUKE's <c>DiscordEmbedAuthor</c>).</summary>
public sealed record DiscordEmbedAuthor
{
    /// <summary>The author's name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The link of the name (<c>url</c>).</summary>
    [JsonPropertyName("url")]
    public string? Url { get; init; }

    /// <summary>The author's icon (<c>icon_url</c>).</summary>
    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }
}
