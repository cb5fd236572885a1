using Automation.Injection.Solutions;
using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace Automation;

/// <summary>
/// A solution file (<c>.sln</c> or <c>.slnx</c>) as NUKE's <c>Solution</c> describes it: its projects and solution
/// folders. Read with Microsoft.VisualStudio.SolutionPersistence; fill a member with <c>[Solution] readonly Solution Solution;</c>
/// or call <see cref="Read(AbsolutePath)"/>. Converts to its path: <c>DotNetBuild(s =&gt; s.SetProjectFile(Solution))</c>.
/// With <c>[Solution(GenerateProjects = true)]</c>, the member's type is generated at compile time from the solution
/// file: a subclass with a member per project and solution folder (<c>Solution.MyApp</c>, <c>Solution.src.MyApp</c>).
/// </summary>
public class Solution
{
    private readonly List<Project> _allProjects = [];
    private readonly List<SolutionFolder> _allFolders = [];
    private AbsolutePath? _path;
    private Dictionary<string, string> _configurations = [];

    /// <summary>
    /// For the type <c>[Solution(GenerateProjects = true)]</c> generates: the injection makes an instance of it and
    /// reads the solution file into it when the build starts.
    /// </summary>
    protected Solution()
    {
    }

    /// <summary>The solution file.</summary>
    /// <exception cref="InvalidOperationException">The solution has not been read yet (an instance made outside injection).</exception>
    public AbsolutePath Path => _path ?? throw new InvalidOperationException(
        $"This {GetType().Name} has not been read from a solution file: let [Solution] fill the member, or call Solution.Read(path).");

    /// <summary>The directory of the solution file.</summary>
    public AbsolutePath Directory => Path.Parent!;

    /// <summary>The file name without extension.</summary>
    public string Name => Path.NameWithoutExtension;

    /// <summary>The file name with its extension (<c>App.sln</c>), as NUKE 10's <c>Solution.FileName</c>.</summary>
    public string FileName => Path.Name;

    /// <summary>Every project, in solution folders or not, in file order.</summary>
    public IReadOnlyCollection<Project> AllProjects => _allProjects;

    /// <summary>The projects outside any solution folder.</summary>
    public IReadOnlyCollection<Project> Projects => _allProjects.Where(p => p.SolutionFolder is null).ToList();

    /// <summary>Every solution folder, nested or not.</summary>
    public IReadOnlyCollection<SolutionFolder> AllSolutionFolders => _allFolders;

    /// <summary>The top-level solution folders.</summary>
    public IReadOnlyCollection<SolutionFolder> SolutionFolders => _allFolders.Where(f => f.Parent is null).ToList();

    /// <summary>
    /// NUKE's solution configurations: each <c>configuration|platform</c> pair of the solution (<c>Debug|Any CPU</c>),
    /// mapped to itself, as the <c>SolutionConfigurationPlatforms</c> section of a <c>.sln</c> lists them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Configurations => _configurations;

    /// <summary>The solution's path.</summary>
    /// <param name="solution">The solution.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(solution))]
    public static implicit operator AbsolutePath?(Solution? solution) => solution?.Path;

    /// <summary>The solution's path as text.</summary>
    /// <param name="solution">The solution.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(solution))]
    public static implicit operator string?(Solution? solution) => solution?.Path;

    /// <summary>The solution's path.</summary>
    public AbsolutePath ToAbsolutePath() => Path;

    /// <summary>Reads a <c>.sln</c> or <c>.slnx</c> file.</summary>
    /// <param name="path">The solution file.</param>
    /// <exception cref="InvalidOperationException">The file is missing, of an unknown kind, or malformed.</exception>
    public static Solution Read(AbsolutePath path) => Read(path, EnvironmentInfo.Variables);

    /// <summary>Reads a solution whose projects are evaluated with the <c>dotnet</c> of a build that has <paramref name="environment"/>.</summary>
    internal static Solution Read(AbsolutePath path, IReadOnlyDictionary<string, string> environment) => ReadInto(new Solution(), path, environment);

    /// <summary>Reads the solution file into <paramref name="solution"/>, a new instance (of a generated type, for injection).</summary>
    internal static TSolution ReadInto<TSolution>(TSolution solution, AbsolutePath path, IReadOnlyDictionary<string, string> environment)
        where TSolution : Solution
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(path);
        if (!path.FileExists())
        {
            throw new InvalidOperationException($"Solution file '{path}' does not exist. Check the path ([Solution(\"...\")], --solution or \"Solution\" in .nuke/parameters.json).");
        }

        var serializer = SolutionSerializers.GetSerializerByMoniker(path)
            ?? throw new InvalidOperationException($"'{path}' is not a solution file: expected a .sln or .slnx file.");
        SolutionModel model;
        try
        {
            model = Core.SynchronousWait.For(serializer.OpenAsync(path, CancellationToken.None), "NUKE's Solution is read synchronously by injection while the build starts");
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Could not read solution '{path}': {exception.Message}", exception);
        }

        solution._path = path;
        solution._configurations = model.BuildTypes
            .SelectMany(buildType => model.Platforms.Select(platform => $"{buildType}|{platform}"))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(pair => pair, pair => pair, StringComparer.Ordinal);
        var folders = new Dictionary<SolutionFolderModel, SolutionFolder>();
        SolutionFolder? FolderOf(SolutionFolderModel? model) => model is null ? null : folders[model];
        foreach (var folder in model.SolutionFolders.OrderBy(f => f.Path.Count(c => c == '/')))
        {
            var files = folder.Files?.Select(f => solution.Directory / f).ToList() ?? [];
            folders[folder] = new SolutionFolder(solution, folder.Name, FolderOf(folder.Parent), files);
            solution._allFolders.Add(folders[folder]);
        }

        var evaluation = new ProjectEvaluation(environment);
        foreach (var project in model.SolutionProjects)
        {
            var projectPath = solution.Directory / project.FilePath.Replace('\\', '/');
            solution._allProjects.Add(new Project(solution, project.ActualDisplayName, projectPath, project.Id, FolderOf(project.Parent), evaluation));
        }

        return solution;
    }

    /// <summary>The project named <paramref name="name"/> (ignoring case), or null.</summary>
    /// <param name="name">The project name, as in the solution.</param>
    /// <exception cref="InvalidOperationException">Several projects have that name.</exception>
    public Project? GetProject(string name)
    {
        var matches = _allProjects.Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count <= 1
            ? matches.SingleOrDefault()
            : throw new InvalidOperationException($"{matches.Count} projects in '{Path.Name}' are named '{name}': use GetAllProjects(\"{name}\") and pick one by Path.");
    }

    /// <summary>The projects whose name matches the wildcard pattern (<c>*.Tests</c>; <c>*</c> and <c>?</c>), ignoring case.</summary>
    /// <param name="wildcardPattern">The pattern.</param>
    public IEnumerable<Project> GetAllProjects(string wildcardPattern)
    {
        var regex = Wildcard.ToRegex(wildcardPattern);
        return _allProjects.Where(p => regex.IsMatch(p.Name));
    }

    /// <summary>NUKE 5's name of <see cref="GetAllProjects"/>: the projects whose name matches the wildcard pattern.</summary>
    /// <param name="wildcardPattern">The pattern.</param>
    public IEnumerable<Project> GetProjects(string wildcardPattern) => GetAllProjects(wildcardPattern);

    /// <summary>The solution folder named <paramref name="name"/> (ignoring case; any depth), or null.</summary>
    /// <param name="name">The folder name.</param>
    public SolutionFolder? GetSolutionFolder(string name) =>
        _allFolders.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The project <paramref name="name"/> outside solution folders, for a generated member: unlike
    /// <see cref="GetProject"/>, it fails when the project is gone (the solution read at run time is not the one the
    /// build was compiled with).
    /// </summary>
    /// <param name="name">The project's name, exactly as in the solution.</param>
    /// <exception cref="InvalidOperationException">No such project outside solution folders.</exception>
    protected Project RequireProject(string name) =>
        Projects.FirstOrDefault(p => p.Name == name)
        ?? throw new InvalidOperationException($"Solution '{Path}' has no project '{name}' outside solution folders, which the build was compiled with: rebuild the build project, or fix the solution.");

    /// <summary>The top-level solution folder <paramref name="name"/>, for a generated member; fails when it is gone.</summary>
    /// <param name="name">The folder's name, exactly as in the solution.</param>
    /// <exception cref="InvalidOperationException">No such top-level folder.</exception>
    protected SolutionFolder RequireSolutionFolder(string name) =>
        SolutionFolders.FirstOrDefault(f => f.Name == name)
        ?? throw new InvalidOperationException($"Solution '{Path}' has no top-level solution folder '{name}', which the build was compiled with: rebuild the build project, or fix the solution.");

    /// <inheritdoc />
    public override string ToString() => Path;
}
