namespace Automation;

/// <summary>A solution folder: a virtual folder of a <see cref="Automation.Solution"/> holding projects, folders and files.</summary>
public sealed class SolutionFolder
{
    internal SolutionFolder(Solution solution, string name, SolutionFolder? parent, IReadOnlyCollection<AbsolutePath> items)
    {
        Solution = solution;
        Name = name;
        Parent = parent;
        Items = items;
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
    public IReadOnlyCollection<Project> Projects => Solution.AllProjects.Where(p => p.SolutionFolder == this).ToList();

    /// <summary>The folders directly in this folder.</summary>
    public IReadOnlyCollection<SolutionFolder> SolutionFolders => Solution.AllSolutionFolders.Where(f => f.Parent == this).ToList();

    /// <summary>The project named <paramref name="name"/> directly in this folder, or null.</summary>
    /// <param name="name">The project name.</param>
    public Project? GetProject(string name) => Projects.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The folder named <paramref name="name"/> directly in this folder, or null.</summary>
    /// <param name="name">The folder name.</param>
    public SolutionFolder? GetSolutionFolder(string name) => SolutionFolders.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public override string ToString() => Name;
}
