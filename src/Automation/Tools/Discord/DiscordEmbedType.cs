using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Automation.Tools.Chat;

namespace Automation;

/// <summary>The kind of a Discord embed (NUKE's <c>DiscordEmbedType</c>): <c>DiscordEmbedType.rich</c>, ….</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as Discord spells the types.")]
[JsonConverter(typeof(EnumerationJsonConverter<DiscordEmbedType>))]
public sealed class DiscordEmbedType : Enumeration
{
    /// <summary>A generic embed (what webhooks send).</summary>
    public static DiscordEmbedType rich { get; } = new() { Value = nameof(rich) };

    /// <summary>An image.</summary>
    public static DiscordEmbedType image { get; } = new() { Value = nameof(image) };

    /// <summary>A video.</summary>
    public static DiscordEmbedType video { get; } = new() { Value = nameof(video) };

    /// <summary>An animated gif shown as a video.</summary>
    public static DiscordEmbedType gifv { get; } = new() { Value = nameof(gifv) };

    /// <summary>An article.</summary>
    public static DiscordEmbedType article { get; } = new() { Value = nameof(article) };

    /// <summary>A link.</summary>
    public static DiscordEmbedType link { get; } = new() { Value = nameof(link) };
}
