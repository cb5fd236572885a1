using System.Xml;
using System.Xml.Linq;

namespace Automation.Tools.Resolution;

/// <summary>A <c>&lt;PackageDownload Include="ReportGenerator" Version="[5.6.0]" /&gt;</c> item of the build project.</summary>
/// <param name="Id">The package id.</param>
/// <param name="Version">The exact version, brackets removed.</param>
internal sealed record PackageDownload(string Id, string Version);

/// <summary>Finds the build project and reads its <c>PackageDownload</c> items.</summary>
internal static class BuildProject
{
    /// <summary>
    /// The build project: the one the entry assembly names in <c>[AssemblyMetadata("Automation.BuildProjectFile", path)]</c>,
    /// else the single <c>*.csproj</c> in <c>&lt;root&gt;/build/</c>; null when there is none or several.
    /// </summary>
    public static string? Locate(ToolEnvironment environment)
    {
        if (environment.Platform.BuildProjectFile is { Length: > 0 } named && File.Exists(environment.FullPath(named)))
        {
            return environment.FullPath(named);
        }

        var directory = environment.Root / "build";
        if (!directory.DirectoryExists())
        {
            return null;
        }

        var projects = Directory.GetFiles(directory, "*.csproj");
        return projects.Length == 1 ? projects[0] : null;
    }

    /// <summary>The <c>PackageDownload</c> items (any XML namespace; <c>;</c>-separated ids and versions are expanded).</summary>
    /// <exception cref="InvalidOperationException">The project is not valid XML.</exception>
    public static IReadOnlyList<PackageDownload> PackageDownloads(string projectFile)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(projectFile);
        }
        catch (XmlException exception)
        {
            throw new InvalidOperationException($"The build project {projectFile} is not valid XML: {exception.Message}", exception);
        }

        var downloads = new List<PackageDownload>();
        foreach (var item in document.Descendants().Where(e => e.Name.LocalName == "PackageDownload"))
        {
            var include = (string?)item.Attribute("Include") ?? string.Empty;
            var version = (string?)item.Attribute("Version")
                ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == "Version")?.Value
                ?? string.Empty;
            foreach (var id in Split(include))
            {
                downloads.AddRange(Split(version).Select(v => v.Trim('[', ']', '(', ')', ' ')).Where(IsExactVersion)
                    .Select(v => new PackageDownload(id, v)));
            }
        }

        return downloads;
    }

    // A range ("[1.0,2.0)") or an MSBuild property ("$(Version)") cannot name a folder.
    private static bool IsExactVersion(string version) =>
        version.Length > 0 && !version.Contains(',', StringComparison.Ordinal) && !version.Contains("$(", StringComparison.Ordinal);

    private static string[] Split(string value) => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
