namespace Automation.Cli.Setup;

/// <summary>Finds the solutions anywhere in a repository and chooses the one the build works on.</summary>
internal static class SolutionFinder
{
    // Outputs, tools' folders and the build itself never hold the repository's solution.
    private static readonly HashSet<string> Skipped = new(["bin", "obj", ".git", "node_modules", "artifacts", NukeLayout.FolderName], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every <c>.sln</c> and <c>.slnx</c> under <paramref name="root"/>, outside bin/, obj/, .git/, node_modules/, artifacts/ and build/, in path order.</summary>
    public static IReadOnlyList<AbsolutePath> FindAll(AbsolutePath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<AbsolutePath>();
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out var directory))
        {
            found.AddRange(Directory.EnumerateFiles(directory)
                .Where(f => f.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase))
                .Select(AbsolutePath.Create));
            foreach (var child in Directory.EnumerateDirectories(directory))
            {
                var name = Path.GetFileName(child);
                var isBuild = string.Equals(Path.GetFullPath(child), Path.GetFullPath(root / "build"), StringComparison.OrdinalIgnoreCase);
                if (!Skipped.Contains(name) && !isBuild && !new DirectoryInfo(child).Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    pending.Push(child);
                }
            }
        }

        return found.OrderBy(s => s.RelativeTo(root).Count(c => c is '/' or '\\')).ThenBy(s => s.RelativeTo(root), StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the build must be told which solution: it is not the only one at the root.</summary>
    public static bool MustBeRecorded(AbsolutePath root, AbsolutePath solution, IReadOnlyList<AbsolutePath> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var atRoot = all.Where(s => s.Parent == root).ToList();
        return !(atRoot.Count == 1 && atRoot[0] == solution);
    }

    /// <summary>
    /// The solution to use: <paramref name="option"/> when given, the only one, or the user's choice from a numbered list
    /// when someone can answer and <c>--yes</c> was not given.
    /// </summary>
    /// <exception cref="SetupException">None; several and no one to ask; an invalid choice; a missing <c>--solution</c> file.</exception>
    public static AbsolutePath Choose(AbsolutePath root, IReadOnlyList<AbsolutePath> all, string? option, string workingDirectory, Commands.CommandConsole console, bool yes)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(console);
        if (option is not null)
        {
            var chosen = AbsolutePath.Create(Path.GetFullPath(option, workingDirectory));
            if (!chosen.FileExists())
            {
                throw new SetupException($"--solution '{option}' does not exist.");
            }

            return chosen.IsWithin(root) ? chosen : throw new SetupException($"--solution '{option}' is outside the repository {root}: choose a solution inside it.");
        }

        var names = all.Select(s => s.RelativeTo(root).Replace('\\', '/')).ToList();
        switch (all.Count)
        {
            case 0:
                throw new SetupException($"No solution (.sln or .slnx) in {root}: create one (dotnet new sln, dotnet sln add ...) and run automation :setup again.");
            case 1:
                return all[0];
        }

        if (yes || !console.InputIsTerminal)
        {
            throw new SetupException($"Several solutions in {root} ({string.Join(", ", names)}): choose one with --solution <file>, e.g. automation :setup --solution {names[0]}");
        }

        console.Output.WriteLine("Several solutions; which one does the build work on?");
        for (var i = 0; i < names.Count; i++)
        {
            console.Output.WriteLine($"  {i + 1}. {names[i]}");
        }

        console.Output.Write($"Number [1-{names.Count}]: ");
        var answer = console.Input.ReadLine()?.Trim();
        return int.TryParse(answer, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= names.Count
            ? all[number - 1]
            : throw new SetupException($"'{answer}' is not one of 1-{names.Count}: run automation :setup again, or name the solution with --solution <file>.");
    }
}
