using System.Text.Json.Serialization;

namespace Automation;

/// <summary>
/// A button of a <see cref="SlackMessageAttachment"/> (NUKE's <c>SlackMessageAction</c> and its
/// <c>SlackMessageActionButton</c>: <see cref="Type"/> is <c>button</c> unless set).
/// </summary>
public sealed record SlackMessageAction
{
    /// <summary>The kind of action (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public string? Type { get; init; } = "button";

    /// <summary>The action's name, sent to the action URL (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public string? Name { get; init; }

    /// <summary>The button's label (<c>text</c>).</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }

    /// <summary>The value sent to the action URL (<c>value</c>).</summary>
    [JsonPropertyName("value")]
    public string? Value { get; init; }

    /// <summary>The button's style (<c>style</c>).</summary>
    [JsonPropertyName("style")]
    public SlackMessageActionStyle? Style { get; init; }

    /// <summary>A confirmation dialog shown first (<c>confirm</c>).</summary>
    [JsonPropertyName("confirm")]
    public SlackMessageConfirmation? Confirmation { get; init; }
}
