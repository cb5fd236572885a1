namespace Automation;

/// <summary>
/// A solution folder: a virtual folder of a <see cref="Automation.Solution"/> holding projects, folders and files.
/// Types generated for <c>[Solution(GenerateProjects = true)]</c> derive from it to add a member per project and folder.
/// </summary>
public class SolutionFolder
{
    // The folder object the solution holds; a generated view of it (made with the protected constructor) answers for it,
    // so both list the same projects and compare equal.
    private readonly SolutionFolder _folder;

    internal SolutionFolder(Solution solution, string name, SolutionFolder? parent, IReadOnlyCollection<AbsolutePath> items)
    {
        _folder = this;
        Solution = solution;
        Name = name;
        Parent = parent;
        Items = items;
    }

    /// <summary>A view of <paramref name="folder"/>, for the types <c>[Solution(GenerateProjects = true)]</c> generates.</summary>
    /// <param name="folder">The folder of the solution.</param>
    protected SolutionFolder(SolutionFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = folder._folder;
        Solution = folder.Solution;
        Name = folder.Name;
        Parent = folder.Parent;
        Items = folder.Items;
    }

    /// <summary>The solution.</summary>
    public Solution Solution { get; }

    /// <summary>The folder's name.</summary>
    public string Name { get; }

    /// <summary>The folder holding this one, or null at the top.</summary>
    public SolutionFolder? Parent { get; }

    /// <summary>The files the folder lists (<c>README.md</c>, <c>Directory.Build.props</c>, ...).</summary>
    public IReadOnlyCollection<AbsolutePath> Items { get; }

    /// <summary>The projects directly in this folder.</summary>
    public IReadOnlyCollection<Project> Projects => Solution.AllProjects.Where(p => p.SolutionFolder?._folder == _folder).ToList();

    /// <summary>The folders directly in this folder.</summary>
    public IReadOnlyCollection<SolutionFolder> SolutionFolders => Solution.AllSolutionFolders.Where(f => f.Parent?._folder == _folder).ToList();

    /// <summary>The project named <paramref name="name"/> directly in this folder, or null.</summary>
    /// <param name="name">The project name.</param>
    public Project? GetProject(string name) => Projects.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The folder named <paramref name="name"/> directly in this folder, or null.</summary>
    /// <param name="name">The folder name.</param>
    public SolutionFolder? GetSolutionFolder(string name) => SolutionFolders.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The project <paramref name="name"/> directly in this folder, for a generated member; fails when it is gone.</summary>
    /// <param name="name">The project's name, exactly as in the solution.</param>
    /// <exception cref="InvalidOperationException">No such project in this folder.</exception>
    protected Project RequireProject(string name) =>
        Projects.FirstOrDefault(p => p.Name == name)
        ?? throw new InvalidOperationException($"Solution folder '{Name}' of '{Solution.Path}' has no project '{name}', which the build was compiled with: rebuild the build project, or fix the solution.");

    /// <summary>The folder <paramref name="name"/> directly in this folder, for a generated member; fails when it is gone.</summary>
    /// <param name="name">The folder's name, exactly as in the solution.</param>
    /// <exception cref="InvalidOperationException">No such folder in this folder.</exception>
    protected SolutionFolder RequireSolutionFolder(string name) =>
        SolutionFolders.FirstOrDefault(f => f.Name == name)
        ?? throw new InvalidOperationException($"Solution folder '{Name}' of '{Solution.Path}' has no folder '{name}', which the build was compiled with: rebuild the build project, or fix the solution.");

    /// <summary>Whether <paramref name="obj"/> is this folder, or a generated view of it.</summary>
    /// <param name="obj">The other object.</param>
    public override bool Equals(object? obj) => obj is SolutionFolder other && ReferenceEquals(other._folder, _folder);

    /// <inheritdoc />
    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_folder);

    /// <inheritdoc />
    public override string ToString() => Name;
}
