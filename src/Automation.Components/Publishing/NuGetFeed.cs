namespace Automation.Components;

/// <summary>
/// Where <c>publish</c> pushes: an <c>http(s)://</c> URL, a folder (absolute, relative to the root with a <c>/</c> or a
/// leading <c>.</c>, or an existing folder under the root), or else a source name from NuGet.Config.
/// </summary>
internal sealed record NuGetFeed(string Source, AbsolutePath? Folder)
{
    /// <summary>Classifies <paramref name="source"/>, resolving a folder against <paramref name="root"/>.</summary>
    public static NuGetFeed Parse(string source, AbsolutePath root)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return new NuGetFeed(source, null);
        }

        var looksLikeFolder = Path.IsPathRooted(source)
            || source.StartsWith('.')
            || source.Contains('/', StringComparison.Ordinal)
            || source.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || (root / source).DirectoryExists();
        return looksLikeFolder ? new NuGetFeed(source, AbsolutePath.Create(Path.GetFullPath(source, root))) : new NuGetFeed(source, null);
    }

    /// <summary>Whether the source is a plain <c>http://</c> URL, which NuGet refuses unless allowed.</summary>
    public bool IsInsecure => Source.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the folder feed already holds a package file named <paramref name="fileName"/>, flat or in the
    /// hierarchical <c>id/version/</c> layout (lower case). Needed because <c>--skip-duplicate</c> does nothing for
    /// folders: <c>dotnet nuget push</c> overwrites the package there.
    /// </summary>
    public bool FolderHolds(string fileName) =>
        Folder is not null && Folder.DirectoryExists()
        && Directory.EnumerateFiles(Folder, "*.nupkg", SearchOption.AllDirectories).Any(f => string.Equals(Path.GetFileName(f), fileName, StringComparison.OrdinalIgnoreCase));
}
