using System.Text.Json;

namespace Automation.Tools.Resolution;

/// <summary>A tool listed in a local tool manifest.</summary>
/// <param name="ManifestPath">The manifest file.</param>
/// <param name="PackageId">The tool's package (<c>dotnet-reportgenerator-globaltool</c>).</param>
/// <param name="Version">The pinned version.</param>
/// <param name="Command">The command as the manifest spells it (<c>reportgenerator</c>).</param>
internal sealed record LocalTool(string ManifestPath, string PackageId, string Version, string Command);

/// <summary>Reads the repository's local tool manifest (<c>.config/dotnet-tools.json</c>, or <c>dotnet-tools.json</c> at the root).</summary>
internal static class LocalToolManifest
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Where the dotnet CLI looks for a manifest at the root, in its order.</summary>
    public static IReadOnlyList<string> Candidates(AbsolutePath root) =>
        [root / ".config" / "dotnet-tools.json", root / "dotnet-tools.json"];

    /// <summary>The tool whose <c>commands</c> contain <paramref name="command"/> (ignoring case), or null.</summary>
    /// <exception cref="InvalidOperationException">The manifest is not valid JSON.</exception>
    public static LocalTool? Find(string manifestPath, string command)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(manifestPath), Options);
        }
        catch (JsonException exception)
        {
            throw new InvalidOperationException($"The local tool manifest {manifestPath} is not valid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("tools", out var tools)
                || tools.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            foreach (var tool in tools.EnumerateObject())
            {
                if (tool.Value.ValueKind == JsonValueKind.Object
                    && Text(tool.Value, "version") is { } version
                    && Commands(tool.Value).FirstOrDefault(c => string.Equals(c, command, StringComparison.OrdinalIgnoreCase)) is { } match)
                {
                    return new LocalTool(manifestPath, tool.Name, version, match);
                }
            }

            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> Commands(JsonElement tool) =>
        tool.TryGetProperty("commands", out var commands) && commands.ValueKind == JsonValueKind.Array
            ? commands.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)
            : [];
}
