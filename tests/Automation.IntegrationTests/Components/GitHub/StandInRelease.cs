using System.Text.Json.Nodes;

namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>A release the GitHub API stand-in holds, with its assets.</summary>
public sealed class StandInRelease
{
    public required long Id { get; init; }

    public required string TagName { get; init; }

    public required string TargetCommitish { get; init; }

    public string? Name { get; set; }

    public string? Body { get; set; }

    public bool Prerelease { get; set; }

    public List<StandInAsset> Assets { get; } = [];

    /// <param name="serverUrl">The stand-in's root; uploads go there, as on GitHub Enterprise Server (<c>/api/uploads</c>).</param>
    public JsonObject ToJson(Uri serverUrl) => new()
    {
        ["id"] = Id,
        ["tag_name"] = TagName,
        ["target_commitish"] = TargetCommitish,
        ["name"] = Name,
        ["body"] = Body,
        ["prerelease"] = Prerelease,
        ["draft"] = false,
        ["html_url"] = $"https://github.com/acme/sample/releases/tag/{TagName}",
        ["upload_url"] = $"{serverUrl.AbsoluteUri.TrimEnd('/')}/api/uploads/repos/acme/sample/releases/{Id}/assets{{?name,label}}",
        ["assets"] = new JsonArray([.. Assets.Select(a => (JsonNode)a.ToJson())]),
    };
}
