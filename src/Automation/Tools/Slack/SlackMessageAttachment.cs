using System.Text.Json.Serialization;

namespace Automation;

/// <summary>An attachment of a <see cref="SlackMessage"/> (NUKE's <c>SlackMessageAttachment</c>), with Slack's field names.</summary>
public sealed record SlackMessageAttachment
{
    /// <summary>The title, larger and bold (<c>title</c>).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The link of the title (<c>title_link</c>).</summary>
    [JsonPropertyName("title_link")]
    public string? TitleLink { get; init; }

    /// <summary>Text above the attachment (<c>pretext</c>).</summary>
    [JsonPropertyName("pretext")]
    public string? PreText { get; init; }

    /// <summary>The main text (<c>text</c>), in Slack's markup.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The fields whose markup is formatted (<c>mrkdwn_in</c>: <c>text</c>, <c>pretext</c>, <c>fields</c>).</summary>
    [JsonPropertyName("mrkdwn_in")]
    public IReadOnlyList<string> MarkdownIn { get; init; } = [];

    /// <summary>A plain-text summary for clients that show no formatting (<c>fallback</c>).</summary>
    [JsonPropertyName("fallback")]
    public string? Fallback { get; init; }

    /// <summary>The colour of the left border (<c>color</c>): <c>good</c>, <c>warning</c>, <c>danger</c> or <c>#439FE0</c>.</summary>
    [JsonPropertyName("color")]
    public string? Color { get; init; }

    /// <summary>The author's name, small text at the top (<c>author_name</c>).</summary>
    [JsonPropertyName("author_name")]
    public string? AuthorName { get; init; }

    /// <summary>The link of the author's name (<c>author_link</c>).</summary>
    [JsonPropertyName("author_link")]
    public string? AuthorLink { get; init; }

    /// <summary>A 16×16 icon left of the author's name (<c>author_icon</c>).</summary>
    [JsonPropertyName("author_icon")]
    public string? AuthorIcon { get; init; }

    /// <summary>An image shown inside the attachment (<c>image_url</c>).</summary>
    [JsonPropertyName("image_url")]
    public string? ImageUrl { get; init; }

    /// <summary>A thumbnail on the right (<c>thumb_url</c>).</summary>
    [JsonPropertyName("thumb_url")]
    public string? ThumbUrl { get; init; }

    /// <summary>Brief text at the bottom (<c>footer</c>).</summary>
    [JsonPropertyName("footer")]
    public string? Footer { get; init; }

    /// <summary>An icon beside the footer (<c>footer_icon</c>).</summary>
    [JsonPropertyName("footer_icon")]
    public string? FooterIcon { get; init; }

    /// <summary>A time the attachment relates to, in Unix seconds (<c>ts</c>).</summary>
    [JsonPropertyName("ts")]
    public string? Timestamp { get; init; }

    /// <summary>Fields shown as a table (<c>fields</c>).</summary>
    [JsonPropertyName("fields")]
    public IReadOnlyList<SlackMessageField> Fields { get; init; } = [];

    /// <summary>Buttons (<c>actions</c>; at most five).</summary>
    [JsonPropertyName("actions")]
    public IReadOnlyList<SlackMessageAction> Actions { get; init; } = [];

    /// <summary>The id the interactive endpoint receives with an action (<c>callback_id</c>).</summary>
    [JsonPropertyName("callback_id")]
    public string? CallbackId { get; init; }
}
