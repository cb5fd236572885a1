using System.Text.Json.Serialization;

namespace Automation;

/// <summary>
/// A Slack message (NUKE's <c>SlackMessage</c>), posted with <see cref="SlackTasks"/>: built with NUKE's fluent forms,
/// <c>_ =&gt; _.SetText("Released").AddAttachments(_ =&gt; _.SetColor("#00ACC1"))</c>. Serialized with Slack's field
/// names; unset values are left out.
/// </summary>
public sealed record SlackMessage
{
    /// <summary>The message's timestamp (<c>ts</c>): set it to update that message with <see cref="SlackTasks.SendOrUpdateSlackMessage"/>.</summary>
    [JsonPropertyName("ts")]
    public string? Timestamp { get; init; }

    /// <summary>The timestamp of the message this one answers in its thread (<c>thread_ts</c>).</summary>
    [JsonPropertyName("thread_ts")]
    public string? ThreadTimestamp { get; init; }

    /// <summary>The channel (<c>channel</c>); a webhook posts to its own channel.</summary>
    [JsonPropertyName("channel")]
    public string? Channel { get; init; }

    /// <summary>The name shown as the sender (<c>username</c>).</summary>
    [JsonPropertyName("username")]
    public string? Username { get; init; }

    /// <summary>The text (<c>text</c>), in Slack's markup (<c>*bold*</c>, <c>_italic_</c>, <c>&lt;url|label&gt;</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>Whether the text is formatted (<c>mrkdwn</c>); Slack formats it unless this is false.</summary>
    [JsonPropertyName("mrkdwn")]
    public bool? Markdown { get; init; }

    /// <summary>An emoji as the sender's icon (<c>icon_emoji</c>, <c>:rocket:</c>).</summary>
    [JsonPropertyName("icon_emoji")]
    public string? Emoji { get; init; }

    /// <summary>An image URL as the sender's icon (<c>icon_url</c>).</summary>
    [JsonPropertyName("icon_url")]
    public string? Icon { get; init; }

    /// <summary>The attachments (<c>attachments</c>): blocks of context under the text.</summary>
    [JsonPropertyName("attachments")]
    public IReadOnlyList<SlackMessageAttachment> Attachments { get; init; } = [];
}
