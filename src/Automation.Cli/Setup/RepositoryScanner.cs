using Automation.Components;

namespace Automation.Cli.Setup;

/// <summary>Finds the git work tree around a folder, its solution, and its test and packable projects, without starting MSBuild.</summary>
internal static class RepositoryScanner
{
    /// <summary>The build project's path relative to the root, as setup writes it.</summary>
    public const string BuildProject = "build/_build.csproj";

    /// <summary>Scans the repository holding <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">Any folder inside the work tree.</param>
    /// <param name="solutionOption">The <c>--solution</c> value, if given (relative to <paramref name="workingDirectory"/>).</param>
    /// <exception cref="SetupException">Not in a git work tree, or no (single) solution.</exception>
    public static RepositoryFacts Scan(string workingDirectory, string? solutionOption)
    {
        var root = FindGitRoot(workingDirectory)
            ?? throw new SetupException($"'{workingDirectory}' is not inside a git repository: run automation :setup in a git work tree (git init first).");
        var solutions = Directory.EnumerateFiles(root, "*.sln").Concat(Directory.EnumerateFiles(root, "*.slnx"))
            .Order(StringComparer.Ordinal).Select(AbsolutePath.Create).ToList();
        var solution = ChooseSolution(root, solutions, solutionOption, workingDirectory);

        var projects = SolutionProjects.Read(solution).Where(p => !IsBuildProject(root, p) && p.FileExists()).ToList();
        var unitTests = projects.Where(TestProjectConvention.IsUnitTestProject).ToList();
        var integrationTests = projects.Where(TestProjectConvention.IsIntegrationTestProject).ToList();
        var conventional = unitTests.Concat(integrationTests).ToHashSet();
        var unconventional = projects.Where(p => !conventional.Contains(p) && IsTestProject(p)).ToList();
        var packable = projects.Where(p => !conventional.Contains(p) && !unconventional.Contains(p) && IsPackable(p)).ToList();
        return new RepositoryFacts(root, solution, solutions.Count > 1, unitTests, integrationTests, unconventional, packable);
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

    private static AbsolutePath ChooseSolution(AbsolutePath root, List<AbsolutePath> solutions, string? option, string workingDirectory)
    {
        if (option is not null)
        {
            var chosen = AbsolutePath.Create(Path.GetFullPath(option, workingDirectory));
            return chosen.FileExists() ? chosen : throw new SetupException($"--solution '{option}' does not exist.");
        }

        return solutions.Count switch
        {
            1 => solutions[0],
            0 => throw new SetupException($"No solution (.sln or .slnx) at {root}: create one (dotnet new sln, dotnet sln add ...) and run automation :setup again."),
            _ => throw new SetupException($"Several solutions at {root} ({string.Join(", ", solutions.Select(s => s.Name))}): choose one with --solution <file>."),
        };
    }

    private static bool IsBuildProject(AbsolutePath root, AbsolutePath project) =>
        string.Equals(project, root / BuildProject, StringComparison.OrdinalIgnoreCase);

    // The test SDK package is what makes `dotnet test` run a project, whatever its name.
    private static bool IsTestProject(AbsolutePath project) =>
        ReadProject(project) is { } text
        && (text.Contains("Microsoft.NET.Test.Sdk", StringComparison.OrdinalIgnoreCase) || text.Contains("<IsTestProject>true", StringComparison.OrdinalIgnoreCase));

    private static bool IsPackable(AbsolutePath project) =>
        ReadProject(project) is { } text && !text.Contains("<IsPackable>false", StringComparison.OrdinalIgnoreCase);

    private static string? ReadProject(AbsolutePath project) => project.FileExists() ? File.ReadAllText(project) : null;
}
