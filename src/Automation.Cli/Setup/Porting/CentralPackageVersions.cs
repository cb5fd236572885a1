using System.Xml.Linq;
using NuGet.Versioning;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The versions a repository pins under central package management: the <c>&lt;PackageVersion Include="X"
/// Version="1.0" /&gt;</c> items of the Directory.Packages.props that MSBuild imports for a project (the nearest one
/// upwards from the project's folder; only up to the repository's root, as nothing outside it is read).
/// </summary>
internal static class CentralPackageVersions
{
    /// <summary>The file's name, as MSBuild looks for it.</summary>
    public const string FileName = "Directory.Packages.props";

    /// <summary>
    /// The lowest version each package is pinned to, by id (compared ignoring case); empty without a file. Versions
    /// MSBuild computes (<c>$(Property)</c>) or that are not NuGet versions or ranges are left out: they cannot be compared.
    /// </summary>
    public static IReadOnlyDictionary<string, NuGetVersion> Read(AbsolutePath root, AbsolutePath projectDirectory)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(projectDirectory);
        var pins = new Dictionary<string, NuGetVersion>(StringComparer.OrdinalIgnoreCase);
        if (Find(root, projectDirectory) is not { } file)
        {
            return pins;
        }

        XDocument document;
        try
        {
            document = XDocument.Load(file);
        }
        catch (System.Xml.XmlException)
        {
            // Restore names the broken file itself; the port only adds overrides it can be sure of.
            return pins;
        }

        foreach (var item in document.Descendants().Where(e => e.Name.LocalName == "PackageVersion"))
        {
            if ((string?)item.Attribute("Include") is { Length: > 0 } id && VersionRange.TryParse((string?)item.Attribute("Version") ?? string.Empty, out var range) && range.MinVersion is { } minimum)
            {
                pins[id] = minimum;
            }
        }

        return pins;
    }

    private static string? Find(AbsolutePath root, AbsolutePath directory)
    {
        var rootPath = Path.TrimEndingDirectorySeparator(root.ToString());
        for (var current = new DirectoryInfo(directory.ToString()); current is not null; current = current.Parent)
        {
            var candidate = Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (string.Equals(Path.TrimEndingDirectorySeparator(current.FullName), rootPath, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }
}
