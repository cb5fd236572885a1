namespace Automation.SourceGenerators;

/// <summary>A solution, or one of its solution folders: the projects and folders directly in it, by name.</summary>
/// <param name="name">The folder's name (the solution file's name for the solution).</param>
internal sealed class SolutionNode(string name)
{
    public string Name { get; } = name;

    public List<string> Projects { get; } = [];

    public List<SolutionNode> Folders { get; } = [];

    /// <summary>The folder named <paramref name="folderName"/> directly in this one, made when missing.</summary>
    public SolutionNode Folder(string folderName)
    {
        var folder = Folders.FirstOrDefault(f => f.Name == folderName);
        if (folder is null)
        {
            folder = new SolutionNode(folderName);
            Folders.Add(folder);
        }

        return folder;
    }
}
