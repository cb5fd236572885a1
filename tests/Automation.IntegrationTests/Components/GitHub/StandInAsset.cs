using System.Text.Json.Nodes;

namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>A file attached to a <see cref="StandInRelease"/>.</summary>
public sealed record StandInAsset(long Id, string Name, string ContentType, byte[] Content)
{
    public JsonObject ToJson() => new()
    {
        ["id"] = Id,
        ["name"] = Name,
        ["size"] = Content.Length,
        ["content_type"] = ContentType,
        ["state"] = "uploaded",
        ["browser_download_url"] = $"https://github.com/acme/sample/releases/download/{Name}",
    };
}
