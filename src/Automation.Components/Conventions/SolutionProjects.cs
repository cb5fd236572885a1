using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Automation.Components;

/// <summary>Reads the project paths of a solution file (<c>.sln</c> or <c>.slnx</c>) without starting MSBuild.</summary>
public static partial class SolutionProjects
{
    // Solutions also list what `dotnet` cannot build or evaluate: Visual Studio's shared projects (.shproj, whose
    // props exist only in Visual Studio), C++ (.vcxproj), database (.sqlproj) and installer (.wixproj) projects.
    private static readonly HashSet<string> BuildableProjects = new([".csproj", ".fsproj", ".vbproj"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The absolute paths of the solution's C#, F# and VB projects, in file order.</summary>
    /// <param name="solution">The solution file.</param>
    public static IReadOnlyList<AbsolutePath> Read(AbsolutePath solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var directory = solution.Parent ?? throw new ArgumentException("A solution file has a folder.", nameof(solution));
        var paths = solution.Name.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
            ? XDocument.Load(solution).Descendants("Project").Select(p => (string?)p.Attribute("Path")).OfType<string>()
            : File.ReadLines(solution).Select(line => SlnProject().Match(line)).Where(m => m.Success).Select(m => m.Groups["path"].Value);
        return paths
            .Where(p => BuildableProjects.Contains(Path.GetExtension(p)))
            .Select(p => AbsolutePath.Create(Path.GetFullPath(p.Replace('\\', Path.DirectorySeparatorChar), directory)))
            .ToList();
    }

    // Project("{type-guid}") = "Name", "relative\path.csproj", "{project-guid}"
    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*",\s*"(?<path>[^"]+)",""")]
    private static partial Regex SlnProject();
}
