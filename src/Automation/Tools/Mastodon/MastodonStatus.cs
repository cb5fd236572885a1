namespace Automation;

/// <summary>
/// A Mastodon status (NUKE's <c>MastodonStatus</c>), posted with <see cref="MastodonTasks"/>:
/// <c>_ =&gt; _.SetText("Released").AddMediaFiles(imageFile)</c>.
/// </summary>
public sealed record MastodonStatus
{
    /// <summary>The status's text.</summary>
    public string? Text { get; init; }

    /// <summary>Files uploaded as the status's media (images, videos), in order.</summary>
    public IReadOnlyList<string> MediaFiles { get; init; } = [];
}
