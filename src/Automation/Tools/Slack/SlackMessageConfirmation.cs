using System.Text.Json.Serialization;

namespace Automation;

/// <summary>The confirmation dialog of a <see cref="SlackMessageAction"/> (NUKE's <c>SlackMessageConfirmation</c>).</summary>
public sealed record SlackMessageConfirmation
{
    /// <summary>The dialog's title (<c>title</c>).</summary>
    [JsonPropertyName("title")]
    public string? Title { get; init; }

    /// <summary>The dialog's text (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The confirm button's label (<c>ok_text</c>).</summary>
    [JsonPropertyName("ok_text")]
    public string? OkText { get; init; }

    /// <summary>The dismiss button's label (<c>dismiss_text</c>).</summary>
    [JsonPropertyName("dismiss_text")]
    public string? DismissText { get; init; }
}
