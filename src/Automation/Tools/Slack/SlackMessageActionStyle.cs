using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Automation.Tools.Chat;

namespace Automation;

/// <summary>The style of a Slack button (NUKE's <c>SlackMessageActionStyle</c>): <c>SlackMessageActionStyle.primary</c>, <c>danger</c>.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as Slack spells the styles.")]
[JsonConverter(typeof(EnumerationJsonConverter<SlackMessageActionStyle>))]
public sealed class SlackMessageActionStyle : Enumeration
{
    /// <summary>A green button.</summary>
    public static SlackMessageActionStyle primary { get; } = new() { Value = nameof(primary) };

    /// <summary>A red button.</summary>
    public static SlackMessageActionStyle danger { get; } = new() { Value = nameof(danger) };
}
