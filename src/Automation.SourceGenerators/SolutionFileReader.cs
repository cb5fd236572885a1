using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Automation.SourceGenerators;

/// <summary>
/// Reads the tree of projects and solution folders of a <c>.sln</c> or <c>.slnx</c> text. The engine reads solutions
/// with Microsoft.VisualStudio.SolutionPersistence at run time; an analyzer cannot bring that package's dependencies
/// into the compiler, so the generator reads the two formats itself, with the names that library gives: a project's
/// name is its file name without extension (in a <c>.sln</c>, SolutionPersistence takes it from the path, not from the
/// name on the <c>Project</c> line), or in a <c>.slnx</c> its <c>DisplayName</c> when it has one.
/// </summary>
internal static class SolutionFileReader
{
    private const string SolutionFolderType = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    // Project("{type}") = "Name", "relative\path.csproj", "{id}"
    private static readonly Regex ProjectLine = new(
        "^\\s*Project\\(\"\\{(?<type>[^}]*)\\}\"\\)\\s*=\\s*\"(?<name>[^\"]*)\"\\s*,\\s*\"(?<path>[^\"]*)\"\\s*,\\s*\"\\{(?<id>[^}]*)\\}\"",
        RegexOptions.CultureInvariant);

    // {child} = {parent}, inside GlobalSection(NestedProjects)
    private static readonly Regex NestingLine = new("^\\s*\\{(?<child>[^}]*)\\}\\s*=\\s*\\{(?<parent>[^}]*)\\}", RegexOptions.CultureInvariant);

    /// <summary>The solution's tree.</summary>
    /// <param name="path">The solution file (its extension picks the format).</param>
    /// <param name="text">Its content.</param>
    /// <exception cref="FormatException">The text is not a solution of that format.</exception>
    public static SolutionNode Read(string path, string text)
    {
        var name = FileNameWithoutExtension(path);
        return path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase) ? ReadSlnx(name, text) : ReadSln(name, text);
    }

    private static SolutionNode ReadSln(string name, string text)
    {
        if (text.IndexOf("Microsoft Visual Studio Solution File", StringComparison.Ordinal) < 0)
        {
            throw new FormatException("it has no 'Microsoft Visual Studio Solution File' header");
        }

        var entries = new List<(string Id, string Name, string Path, bool IsFolder)>();
        var parents = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var inNesting = false;
        foreach (var line in text.Split('\n'))
        {
            var project = ProjectLine.Match(line);
            if (project.Success)
            {
                entries.Add((project.Groups["id"].Value, project.Groups["name"].Value, project.Groups["path"].Value, string.Equals(project.Groups["type"].Value, SolutionFolderType, StringComparison.OrdinalIgnoreCase)));
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith("GlobalSection(NestedProjects)", StringComparison.Ordinal))
            {
                inNesting = true;
            }
            else if (trimmed.StartsWith("EndGlobalSection", StringComparison.Ordinal))
            {
                inNesting = false;
            }
            else if (inNesting && NestingLine.Match(line) is { Success: true } nesting)
            {
                parents[nesting.Groups["child"].Value] = nesting.Groups["parent"].Value;
            }
        }

        var root = new SolutionNode(name);
        var folders = new Dictionary<string, SolutionNode>(StringComparer.OrdinalIgnoreCase);
        var byId = entries.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        // A folder's node, made with its parents on first use; a cycle or an unknown parent puts it at the top.
        SolutionNode FolderNode(string id, int depth)
        {
            if (folders.TryGetValue(id, out var known))
            {
                return known;
            }

            var parent = depth < 64 && parents.TryGetValue(id, out var parentId) && byId.TryGetValue(parentId, out var p) && p.IsFolder
                ? FolderNode(parentId, depth + 1)
                : root;
            var node = parent.Folder(byId[id].Name);
            folders[id] = node;
            return node;
        }

        foreach (var entry in entries.Where(e => e.IsFolder))
        {
            FolderNode(entry.Id, 0);
        }

        foreach (var entry in entries.Where(e => !e.IsFolder))
        {
            var container = parents.TryGetValue(entry.Id, out var parentId) && folders.TryGetValue(parentId, out var folder) ? folder : root;
            container.Projects.Add(FileNameWithoutExtension(entry.Path));
        }

        return root;
    }

    private static SolutionNode ReadSlnx(string name, string text)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException exception)
        {
            throw new FormatException(exception.Message, exception);
        }

        if (document.Root?.Name.LocalName != "Solution")
        {
            throw new FormatException("its root element is not <Solution>");
        }

        var root = new SolutionNode(name);
        foreach (var element in document.Root.Elements())
        {
            if (element.Name.LocalName == "Project")
            {
                AddSlnxProject(root, element);
            }
            else if (element.Name.LocalName == "Folder")
            {
                // Folder names are paths ("/src/tests/"): each segment is a folder inside the one before.
                var node = root;
                foreach (var segment in ((string?)element.Attribute("Name") ?? string.Empty).Split(['/'], StringSplitOptions.RemoveEmptyEntries))
                {
                    node = node.Folder(segment);
                }

                foreach (var project in element.Elements().Where(e => e.Name.LocalName == "Project"))
                {
                    AddSlnxProject(node, project);
                }
            }
        }

        return root;
    }

    private static void AddSlnxProject(SolutionNode container, XElement project)
    {
        var displayName = (string?)project.Attribute("DisplayName");
        container.Projects.Add(string.IsNullOrEmpty(displayName) ? FileNameWithoutExtension((string?)project.Attribute("Path") ?? string.Empty) : displayName!);
    }

    private static string FileNameWithoutExtension(string path)
    {
        var name = path.Replace('\\', '/');
        name = name.Substring(name.LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }
}
