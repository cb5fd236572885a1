namespace Automation.Components;

/// <summary>
/// Decides what <c>clean</c> deletes: build output only, only inside the root, and never a kept folder nor a folder that
/// holds one (publish's folder feed under <c>artifacts/</c>, the running build's own <c>bin/</c> folder): of such a
/// folder, only the other entries go.
/// </summary>
internal static class CleanPlan
{
    /// <summary>The folders and files to delete.</summary>
    /// <param name="root">The repository root; nothing outside it is ever deleted.</param>
    /// <param name="sourceFolders">The folders searched for <c>bin/</c> and <c>obj/</c>, relative to the root.</param>
    /// <param name="artifacts">The artifacts folder, deleted with what it holds.</param>
    /// <param name="keep">Folders that must survive, with everything in them.</param>
    public static IReadOnlyList<AbsolutePath> Find(AbsolutePath root, IEnumerable<string> sourceFolders, AbsolutePath artifacts, IReadOnlyCollection<AbsolutePath> keep)
    {
        var doomed = new List<AbsolutePath>();
        foreach (var folder in sourceFolders)
        {
            var start = Inside(root, root / folder);
            if (start.DirectoryExists() && new DirectoryInfo(start).LinkTarget is null)
            {
                Collect(start, doomed);
            }
        }

        if (Inside(root, artifacts).DirectoryExists() && artifacts != root)
        {
            doomed.Add(artifacts);
        }

        return [.. doomed.SelectMany(folder => Sparing(folder, keep))];
    }

    // A folder holding a kept one is not deleted whole: its other entries are, and so on down to the kept folder.
    private static IEnumerable<AbsolutePath> Sparing(AbsolutePath folder, IReadOnlyCollection<AbsolutePath> keep)
    {
        if (!keep.Any(kept => kept.IsWithin(folder)))
        {
            return [folder];
        }

        if (keep.Any(kept => folder.IsWithin(kept)))
        {
            return [];
        }

        return Directory.EnumerateFileSystemEntries(folder)
            .Order(StringComparer.Ordinal)
            .Select(AbsolutePath.Create)
            .SelectMany(entry => Directory.Exists(entry) && new DirectoryInfo(entry).LinkTarget is null ? Sparing(entry, keep) : keep.Any(kept => kept.IsWithin(entry)) ? [] : [entry]);
    }

    private static void Collect(AbsolutePath directory, List<AbsolutePath> doomed)
    {
        foreach (var child in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal).Select(AbsolutePath.Create))
        {
            if (new DirectoryInfo(child).LinkTarget is not null || child.Name is ".git" or "node_modules")
            {
                continue;
            }

            if (child.Name is "bin" or "obj")
            {
                doomed.Add(child);
            }
            else
            {
                Collect(child, doomed);
            }
        }
    }

    private static AbsolutePath Inside(AbsolutePath root, AbsolutePath path) =>
        path.IsWithin(root) ? path : throw new InvalidOperationException($"Refusing to clean {path}: it is outside the repository root {root}.");
}
