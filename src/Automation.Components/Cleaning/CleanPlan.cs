namespace Automation.Components;

/// <summary>Decides which folders <c>clean</c> deletes: build output only, and only inside the root.</summary>
internal static class CleanPlan
{
    public static IReadOnlyList<AbsolutePath> Find(AbsolutePath root, IEnumerable<string> sourceFolders, AbsolutePath artifacts)
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

        return doomed;
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
