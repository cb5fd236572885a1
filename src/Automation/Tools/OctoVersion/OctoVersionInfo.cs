using System.Text.Json;

namespace Automation;

/// <summary>
/// NUKE's <c>OctoVersionInfo</c>: the version OctoVersion computed, with its variable names, read from the JSON file
/// OctoVersion writes (<c>--OutputJsonFile</c>).
/// </summary>
public sealed record OctoVersionInfo
{
    /// <summary>Major version.</summary>
    public int? Major { get; init; }

    /// <summary>Minor version.</summary>
    public int? Minor { get; init; }

    /// <summary>Patch version.</summary>
    public int? Patch { get; init; }

    /// <summary>The pre-release tag (<c>feature-x.5</c>), or empty on a release branch.</summary>
    public string? PreReleaseTag { get; init; }

    /// <summary>The pre-release tag with a leading dash, or empty.</summary>
    public string? PreReleaseTagWithDash { get; init; }

    /// <summary>The build metadata, or empty.</summary>
    public string? BuildMetaData { get; init; }

    /// <summary>The build metadata with a leading plus, or empty.</summary>
    public string? BuildMetadataWithPlus { get; init; }

    /// <summary><c>major.minor.patch</c>.</summary>
    public string? MajorMinorPatch { get; init; }

    /// <summary>The pre-release tag as NuGet accepts it, with a leading dash.</summary>
    public string? NuGetCompatiblePreReleaseWithDash { get; init; }

    /// <summary>The full semantic version (<c>1.2.3-feature-x.5</c>).</summary>
    public string? FullSemVer { get; init; }

    /// <summary>The informational version (with build metadata).</summary>
    public string? InformationalVersion { get; init; }

    /// <summary>The NuGet package version.</summary>
    public string? NuGetVersion { get; init; }

    /// <inheritdoc />
    public override string ToString() => FullSemVer ?? string.Empty;

    /// <summary>Reads OctoVersion's JSON (names matched without case, as NUKE did: OctoVersion writes <c>BuildMetadata</c>).</summary>
    /// <param name="json">The JSON file's text.</param>
    /// <returns>The version.</returns>
    /// <exception cref="FormatException">Not JSON, or not an object with a <c>FullSemVer</c>.</exception>
    public static OctoVersionInfo FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        OctoVersionInfo? info;
        try
        {
            info = JsonSerializer.Deserialize<OctoVersionInfo>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"OctoVersion's JSON cannot be read: {exception.Message}", exception);
        }

        return info is { FullSemVer.Length: > 0 } ? info : throw new FormatException("OctoVersion's JSON has no FullSemVer: is it the file OctoVersion wrote with --OutputJsonFile?");
    }
}
