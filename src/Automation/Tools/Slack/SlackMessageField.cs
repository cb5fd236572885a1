using System.Text.Json.Serialization;

namespace Automation;

/// <summary>A field of a <see cref="SlackMessageAttachment"/> (NUKE's <c>SlackMessageField</c>): a bold title over a value.</summary>
public sealed record SlackMessageField
{
    /// <summary>The heading (<c>title</c>).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The value (<c>value</c>), in Slack's markup.</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>Whether the value is short enough to stand beside another (<c>short</c>).</summary>
    [JsonPropertyName("short")]
    public bool? Short { get; init; }
}
