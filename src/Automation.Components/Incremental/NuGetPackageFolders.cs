using System.Xml;
using System.Xml.Linq;

namespace Automation.Components;

/// <summary>
/// NuGet's package folders inside the root, which are not source files even when git does not ignore them: thousands of
/// files that any restore may change. Found without starting a process, from two things NuGet leaves: the
/// <c>globalPackagesFolder</c> and <c>repositoryPath</c> of every <c>nuget.config</c> in the root's tree and in the
/// folders above it (relative values resolved against the file's folder, as NuGet does), and the folders that hold
/// extracted packages (<c>&lt;folder&gt;/&lt;id&gt;/&lt;version&gt;/.nupkg.metadata</c>), which also catches
/// <c>RestorePackagesPath</c> and <c>NUGET_PACKAGES</c>. Every configured folder counts, not only the nearest file's:
/// leaving out a package folder nobody uses costs nothing.
/// </summary>
internal static class NuGetPackageFolders
{
    private const string ConfigFileName = "nuget.config";

    private const string ExtractionMarker = ".nupkg.metadata";

    private static readonly string[] FolderKeys = ["globalPackagesFolder", "repositoryPath"];

    // The spellings NuGet looks for in each folder on case-sensitive file systems.
    private static readonly string[] ConfigSpellings = ["nuget.config", "NuGet.config", "NuGet.Config"];

    /// <summary>The package folders within <paramref name="root"/>, as root-relative prefixes ending in <c>/</c>.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="listed">The root-relative paths of the files under the root (from git or a directory walk).</param>
    public static IReadOnlyList<string> Within(AbsolutePath root, IReadOnlyCollection<string> listed)
    {
        var configs = listed
            .Where(path => Path.GetFileName(path).Equals(ConfigFileName, StringComparison.OrdinalIgnoreCase))
            .Select(path => root / path)
            .Concat(ConfigsAbove(root));
        var configured = configs.SelectMany(ConfiguredFolders)
            .Where(folder => folder.IsWithin(root) && folder != root)
            .Select(folder => folder.RelativeTo(root).Replace('\\', '/') + "/");
        return [.. configured.Concat(listed.Select(ExtractedPackageFolder).OfType<string>()).Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<AbsolutePath> ConfigsAbove(AbsolutePath root)
    {
        for (var folder = root.Parent; folder is not null; folder = folder.Parent)
        {
            foreach (var spelling in ConfigSpellings)
            {
                if ((folder / spelling).FileExists())
                {
                    yield return folder / spelling;
                    break;
                }
            }
        }
    }

    private static IEnumerable<AbsolutePath> ConfiguredFolders(AbsolutePath config)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(config);
        }
        catch (Exception exception) when (exception is XmlException or IOException or UnauthorizedAccessException)
        {
            return []; // NuGet itself fails on such a file; restore will say so
        }

        var directory = config.Parent!;
        return document.Root?.Elements("config").Elements("add")
            .Where(add => FolderKeys.Contains((string?)add.Attribute("key"), StringComparer.OrdinalIgnoreCase))
            .Select(add => (string?)add.Attribute("value"))
            .Where(value => !string.IsNullOrWhiteSpace(value))
            .Select(value => Environment.ExpandEnvironmentVariables(value!.Trim()))
            .Select(value => AbsolutePath.Create(Path.GetFullPath(value, directory)))
            .ToList() ?? [];
    }

    // <folder>/<id>/<version>/.nupkg.metadata: NuGet writes the marker last, when a package is fully extracted.
    private static string? ExtractedPackageFolder(string path)
    {
        var segments = path.Split('/');
        return segments.Length >= 4 && segments[^1] == ExtractionMarker
            ? string.Join('/', segments[..^3]) + "/"
            : null;
    }
}
