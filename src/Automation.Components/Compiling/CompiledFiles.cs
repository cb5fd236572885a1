namespace Automation.Components;

/// <summary>The files a compile leaves in an output folder, without what later steps add there.</summary>
internal static class CompiledFiles
{
    /// <summary>Every file under <paramref name="folder"/> (none when it does not exist) outside <c>publish/</c> folders.</summary>
    public static IEnumerable<AbsolutePath> Under(AbsolutePath folder) =>
        folder.DirectoryExists()
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains("publish", StringComparer.OrdinalIgnoreCase))
                .Select(AbsolutePath.Create)
            : [];
}
