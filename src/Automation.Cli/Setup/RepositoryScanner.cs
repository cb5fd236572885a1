namespace Automation.Cli.Setup;

/// <summary>Finds the git work tree around a folder, its solution, and what MSBuild says its projects are.</summary>
internal static class RepositoryScanner
{
    /// <summary>The build project's path relative to the root, as setup writes it.</summary>
    public const string BuildProject = "build/_build.csproj";

    /// <summary>Scans the repository whose work tree is <paramref name="root"/>, working on <paramref name="solution"/>.</summary>
    /// <exception cref="SetupException">A project does not evaluate.</exception>
    public static async Task<RepositoryFacts> ScanAsync(AbsolutePath root, AbsolutePath solution, IReadOnlyList<AbsolutePath> allSolutions, RunProcess run)
    {
        ArgumentNullException.ThrowIfNull(root);
        var nuke = NukeBuild.Detect(root);
        var projects = Components.SolutionProjects.Read(solution)
            .Where(p => !string.Equals(p, root / BuildProject, StringComparison.OrdinalIgnoreCase) && !p.IsWithin(root / "build") && p.FileExists())
            .ToList();
        var facts = await new ProjectEvaluator(run).EvaluateAsync(projects).ConfigureAwait(false);
        return new RepositoryFacts(root, solution, SolutionFinder.MustBeRecorded(root, solution, allSolutions), facts, nuke);
    }

    /// <summary>The nearest folder at or above <paramref name="directory"/> holding <c>.git</c> (a folder, or a file in a worktree or submodule).</summary>
    public static AbsolutePath? FindGitRoot(string directory)
    {
        for (var current = AbsolutePath.Create(Path.GetFullPath(directory)); current is not null; current = current.Parent)
        {
            var git = current / ".git";
            if (git.DirectoryExists() || git.FileExists())
            {
                return current;
            }
        }

        return null;
    }
}
