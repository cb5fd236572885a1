using System.Text.Json.Serialization;

namespace Automation;

/// <summary>The footer of a <see cref="DiscordEmbed"/> (NUKE's <c>DiscordEmbedFooter</c>).</summary>
public sealed record DiscordEmbedFooter
{
    /// <summary>The footer's text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The footer's icon (<c>icon_url</c>).</summary>
    [JsonPropertyName("icon_url")]
    public string? IconUrl { get; init; }
}
