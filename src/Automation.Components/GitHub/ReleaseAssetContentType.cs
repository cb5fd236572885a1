namespace Automation.Components;

/// <summary>
/// The Content-Type an asset is uploaded with, which GitHub serves it with. Packages (<c>.nupkg</c>, <c>.snupkg</c>) are
/// zip archives, but are sent as <c>application/octet-stream</c>: that is what nuget.org serves them as, and it keeps
/// browsers from treating the download as a <c>.zip</c>.
/// </summary>
internal static class ReleaseAssetContentType
{
    public const string Binary = "application/octet-stream";

    public static string For(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".zip" => "application/zip",
        ".gz" => "application/gzip",
        ".json" => "application/json",
        ".txt" => "text/plain",
        ".md" => "text/markdown",
        _ => Binary,
    };
}
