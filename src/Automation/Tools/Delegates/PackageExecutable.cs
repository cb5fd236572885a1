using System.Xml.Linq;
using Automation.Tools.Resolution;

namespace Automation.Tools.Delegates;

/// <summary>
/// A program inside a NuGet package, as NUKE's <c>[NuGetPackage]</c> finds it: the package is the version the build
/// project downloads or references (or the version asked for), in the NuGet global packages folder; the program is the
/// file named <c>packageExecutable</c> anywhere inside it (<c>|</c> separates alternatives), for the framework asked for
/// or the best one this runtime can run, an assembly before an executable.
/// </summary>
internal sealed class PackageExecutable(ToolEnvironment environment)
{
    /// <summary>The program's full path.</summary>
    /// <exception cref="FileNotFoundException">The package is not restored or has no such file; the message says what to add.</exception>
    public string Find(string packageId, string packageExecutable, string? version, string? framework)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(packageExecutable);
        var folder = PackageFolder(packageId, version);
        var names = packageExecutable.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true };
        var files = names.SelectMany(name => Directory.EnumerateFiles(folder, name, options)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"Package {packageId} ({folder}) has no {string.Join(" or ", names.Select(n => $"'{n}'"))}. Check the file name given to [NuGetPackage].");
        }

        if (files.Count == 1 && framework is null)
        {
            return files[0];
        }

        var byFramework = files.ToLookup(FrameworkOf, StringComparer.OrdinalIgnoreCase);
        if (framework is not null && !byFramework.Contains(framework))
        {
            throw new FileNotFoundException($"Package {packageId} has {packageExecutable} for {string.Join(", ", byFramework.Select(g => g.Key))}, not for {framework}. Set Framework to one of those.");
        }

        var chosen = framework
            ?? (byFramework.Count == 1 ? byFramework.First().Key : null)
            ?? Path.GetFileName(TargetFrameworks.Preferred(byFramework.Select(g => g.Key), environment.Platform).FirstOrDefault())
            ?? byFramework.Select(g => g.Key).Order(StringComparer.Ordinal).Last();
        return byFramework[chosen]
            .OrderByDescending(file => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(file => environment.Platform.IsWindows ? file.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) : file.EndsWith(".sh", StringComparison.OrdinalIgnoreCase))
            .First();
    }

    // The framework folder a file sits in: tools/net8.0/any/x.dll is net8.0's.
    private static string FrameworkOf(string file)
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(file)!);
        return directory.Name.Equals("any", StringComparison.OrdinalIgnoreCase) && directory.Parent is { } parent ? parent.Name : directory.Name;
    }

    private string PackageFolder(string packageId, string? version)
    {
        var project = BuildProject.Locate(environment);
        var wanted = version ?? (project is null ? null : VersionIn(project, packageId));
        var packages = environment.GlobalPackagesFolder;
        var folder = packages is null ? null : Path.Combine(packages, packageId.ToLowerInvariant());
        var line = $"<PackageDownload Include=\"{packageId}\" Version=\"[{wanted ?? "<version>"}]\" />";
        var where = project is null ? "the build project (build/_build.csproj)" : Path.GetRelativePath(environment.Root, project);
        if (wanted is null)
        {
            throw new FileNotFoundException($"Package {packageId} is not a PackageDownload or PackageReference of {where}. Add {line} to it and run dotnet restore.");
        }

        var versionFolder = folder is null ? null : Path.Combine(folder, NuGetPackageFolder.Normalize(wanted));
        return versionFolder is not null && Directory.Exists(versionFolder)
            ? versionFolder
            : throw new FileNotFoundException($"Package {packageId} {wanted} is not in the NuGet packages folder ({versionFolder ?? "no global packages folder: set NUGET_PACKAGES"}). Make sure {where} has {line}, then run dotnet restore {where}.");
    }

    // The exact version the project downloads or references; null when it has neither.
    private static string? VersionIn(string project, string packageId)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(project);
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }

        return document.Descendants()
            .Where(e => e.Name.LocalName is "PackageDownload" or "PackageReference")
            .Where(e => ((string?)e.Attribute("Include") ?? string.Empty).Split(';', StringSplitOptions.TrimEntries).Contains(packageId, StringComparer.OrdinalIgnoreCase))
            .Select(e => ((string?)e.Attribute("Version") ?? e.Elements().FirstOrDefault(v => v.Name.LocalName == "Version")?.Value ?? string.Empty).Trim('[', ']', '(', ')', ' '))
            .FirstOrDefault(v => v.Length > 0 && !v.Contains(',', StringComparison.Ordinal) && !v.Contains("$(", StringComparison.Ordinal));
    }
}
