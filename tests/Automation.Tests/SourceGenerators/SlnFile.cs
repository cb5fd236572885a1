using System.Globalization;
using System.Text;

namespace Automation.Tests.SourceGenerators;

/// <summary>A classic <c>.sln</c> text, as <c>dotnet sln add --solution-folder</c> writes it, with folders nested by path.</summary>
internal static class SlnFile
{
    private const string CSharpProject = "FAE04EC0-301F-11D3-BF4B-00C04F79EFBC";
    private const string SolutionFolder = "2150E333-8FDC-42A3-9474-1A3956D46DE8";

    /// <summary>The solution of <paramref name="projects"/>: name, path, and folder path (<c>tests/unit</c>) or null.</summary>
    public static string Of(params (string Name, string Path, string? Folder)[] projects)
    {
        var text = new StringBuilder("Microsoft Visual Studio Solution File, Format Version 12.00\n");
        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        var nesting = new List<(string Child, string Parent)>();
        var next = 1;
        string Id() => $"{{00000000-0000-0000-0000-{next++.ToString("D12", CultureInfo.InvariantCulture)}}}";

        string FolderId(string path)
        {
            if (folders.TryGetValue(path, out var known))
            {
                return known;
            }

            var slash = path.LastIndexOf('/');
            var parent = slash < 0 ? null : FolderId(path[..slash]);
            var id = folders[path] = Id();
            var name = path[(slash + 1)..];
            text.Append(CultureInfo.InvariantCulture, $"Project(\"{{{SolutionFolder}}}\") = \"{name}\", \"{name}\", \"{id}\"\nEndProject\n");
            if (parent is not null)
            {
                nesting.Add((id, parent));
            }

            return id;
        }

        foreach (var (name, path, folder) in projects)
        {
            var parent = folder is null ? null : FolderId(folder);
            var id = Id();
            text.Append(CultureInfo.InvariantCulture, $"Project(\"{{{CSharpProject}}}\") = \"{name}\", \"{path.Replace('/', '\\')}\", \"{id}\"\nEndProject\n");
            if (parent is not null)
            {
                nesting.Add((id, parent));
            }
        }

        text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\t\tRelease|Any CPU = Release|Any CPU\n\tEndGlobalSection\n");
        text.Append("\tGlobalSection(NestedProjects) = preSolution\n");
        foreach (var (child, parent) in nesting)
        {
            text.Append(CultureInfo.InvariantCulture, $"\t\t{child} = {parent}\n");
        }

        return text.Append("\tEndGlobalSection\nEndGlobal\n").ToString();
    }
}
