namespace Automation.Components;

/// <summary>Walks a repository's sources, never descending into build output, dependencies or version control.</summary>
internal static class SourceTree
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules", "artifacts", NukeLayout.FolderName };

    /// <summary>The files matching <paramref name="pattern"/> under <paramref name="root"/>, in a stable order.</summary>
    public static IEnumerable<AbsolutePath> Files(AbsolutePath root, string pattern)
    {
        if (!root.DirectoryExists())
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(root, pattern).Order(StringComparer.Ordinal))
        {
            yield return AbsolutePath.Create(file);
        }

        foreach (var directory in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (Ignored.Contains(Path.GetFileName(directory)) || new DirectoryInfo(directory).LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in Files(AbsolutePath.Create(directory), pattern))
            {
                yield return file;
            }
        }
    }
}
