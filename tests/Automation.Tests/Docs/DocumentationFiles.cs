namespace Automation.Tests.Docs;

/// <summary>The Markdown files whose C# blocks must compile: README.md, CONTRIBUTING.md and everything under docs/.</summary>
public static class DocumentationFiles
{
    /// <summary>The repository holding this test assembly (the folder with <c>Automation.sln</c>).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The files, relative to <see cref="Root"/> with forward slashes, in a stable order.</summary>
    public static IReadOnlyList<string> All()
    {
        var docs = Path.Combine(Root, "docs");
        var pages = Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories) : [];
        return
        [
            .. new[] { "README.md", "CONTRIBUTING.md" }.Where(f => File.Exists(Path.Combine(Root, f))),
            .. pages.Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal),
        ];
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Automation.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Automation.sln above {AppContext.BaseDirectory}: the documentation test runs from the repository's own test output.");
    }
}
