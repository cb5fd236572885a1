using System.Text.Json.Serialization;

namespace Automation.GitHub;

/// <summary>Source-generated (reflection-free) JSON for the REST API's snake_case shapes; nulls are not sent.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GitHubRelease))]
[JsonSerializable(typeof(GitHubReleaseRequest))]
[JsonSerializable(typeof(GitHubReleaseAsset))]
[JsonSerializable(typeof(List<GitHubReleaseAsset>))]
[JsonSerializable(typeof(GitHubErrorResponse))]
internal sealed partial class GitHubJsonContext : JsonSerializerContext;
