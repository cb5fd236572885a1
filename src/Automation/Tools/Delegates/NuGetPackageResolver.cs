using System.Xml.Linq;
using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

/// <summary>Where NuGet keeps restored packages (NUKE's <c>NuGetPackageResolver</c>, the part builds call).</summary>
public static class NuGetPackageResolver
{
    /// <summary>
    /// The NuGet global packages folder restores use for <paramref name="packagesConfigFile"/> (NUKE builds pass
    /// <c>BuildProjectFile</c>): <c>NUGET_PACKAGES</c>, else the <c>globalPackagesFolder</c> of the nearest
    /// <c>nuget.config</c> in the file's folder or above (relative to that file), else <c>~/.nuget/packages</c>.
    /// </summary>
    /// <param name="packagesConfigFile">A project file (or null: the repository root's folder is where config files are looked for).</param>
    /// <returns>The folder (it may not exist yet).</returns>
    public static AbsolutePath GetPackagesDirectory(AbsolutePath? packagesConfigFile = null) => GetPackagesDirectory(ToolLookup.Ambient().Context, packagesConfigFile);

    /// <summary><see cref="GetPackagesDirectory(AbsolutePath?)"/> in <paramref name="environment"/>.</summary>
    internal static AbsolutePath GetPackagesDirectory(ToolEnvironment environment, AbsolutePath? packagesConfigFile)
    {
        if (environment.Get("NUGET_PACKAGES") is { } packages)
        {
            return AbsolutePath.Create(environment.FullPath(packages));
        }

        var start = packagesConfigFile is null ? environment.Root : packagesConfigFile.Parent ?? environment.Root;
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (FromConfig(directory) is { } configured)
            {
                return configured;
            }
        }

        return AbsolutePath.Create(environment.GlobalPackagesFolder
            ?? throw new InvalidOperationException("No NuGet packages folder: set NUGET_PACKAGES, or HOME (USERPROFILE on Windows)."));
    }

    // NuGet reads nuget.config, NuGet.config and NuGet.Config alike.
    private static AbsolutePath? FromConfig(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles().Where(f => f.Name.Equals("nuget.config", StringComparison.OrdinalIgnoreCase)))
        {
            var setting = XDocument.Load(file.FullName).Descendants("config").Elements("add")
                .FirstOrDefault(e => string.Equals((string?)e.Attribute("key"), "globalPackagesFolder", StringComparison.OrdinalIgnoreCase))
                ?.Attribute("value")?.Value;
            if (setting is { Length: > 0 })
            {
                return AbsolutePath.Create(Path.GetFullPath(Environment.ExpandEnvironmentVariables(setting), directory.FullName));
            }
        }

        return null;
    }
}
