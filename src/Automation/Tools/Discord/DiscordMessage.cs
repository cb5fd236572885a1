using System.Text.Json.Serialization;

namespace Automation;

/// <summary>
/// A Discord message (NUKE's <c>DiscordMessage</c>), posted to a webhook with <see cref="DiscordTasks"/>:
/// <c>_ =&gt; _.SetContent("@everyone").AddEmbeds(_ =&gt; _.SetTitle("Released").SetColor(0x00ACC1))</c>. Serialized
/// with Discord's field names; unset values are left out.
/// </summary>
public sealed record DiscordMessage
{
    /// <summary>The channel's id (<c>channel_id</c>); a webhook posts to its own channel.</summary>
    [JsonPropertyName("channel_id")]
    public string? ChannelId { get; init; }

    /// <summary>The text (<c>content</c>, up to 2000 characters).</summary>
    [JsonPropertyName("content")]
    public string? Content { get; init; }

    /// <summary>A value to recognise the message by (<c>nonce</c>, up to 25 characters).</summary>
    [JsonPropertyName("nonce")]
    public string? Nonce { get; init; }

    /// <summary>Whether the message is read aloud (<c>tts</c>).</summary>
    [JsonPropertyName("tts")]
    public bool? TTS { get; init; }

    /// <summary>Rich embeds (<c>embeds</c>).</summary>
    [JsonPropertyName("embeds")]
    public IReadOnlyList<DiscordEmbed> Embeds { get; init; } = [];
}
