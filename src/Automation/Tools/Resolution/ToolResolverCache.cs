using System.Text.Json;

namespace Automation.Tools.Resolution;

/// <summary>
/// The dotnet CLI's record of restored local tools (<c>$DOTNET_CLI_HOME/.dotnet/toolResolverCache/1/&lt;package id&gt;</c>, or
/// under the home directory), which is what <c>dotnet tool run</c> reads to find a tool's entry point. The format is the
/// CLI's own, so this is best effort: anything missing or unreadable means "not known to be restored", and costs one
/// <c>dotnet tool restore</c> (quick when the package is already in the global packages folder).
/// </summary>
internal static class ToolResolverCache
{
    /// <summary>Whether the cache holds <paramref name="tool"/>'s version and command with an entry point that exists.</summary>
    public static bool Knows(ToolEnvironment environment, LocalTool tool)
    {
        var home = environment.Get("DOTNET_CLI_HOME") is { } cliHome ? environment.FullPath(cliHome) : environment.Home;
        if (home is null)
        {
            return false;
        }

        var file = Path.Combine(home, ".dotnet", "toolResolverCache", "1", tool.PackageId.ToLowerInvariant());
        try
        {
            if (!File.Exists(file))
            {
                return false;
            }

            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var version = NuGetPackageFolder.Normalize(tool.Version);
            return document.RootElement.ValueKind == JsonValueKind.Array && document.RootElement.EnumerateArray().Any(entry =>
                entry.ValueKind == JsonValueKind.Object
                && string.Equals(Text(entry, "Name"), tool.Command, StringComparison.OrdinalIgnoreCase)
                && Text(entry, "Version") is { } cached && NuGetPackageFolder.Normalize(cached) == version
                && Text(entry, "PathToExecutable") is { } path && File.Exists(path));
        }
        catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
