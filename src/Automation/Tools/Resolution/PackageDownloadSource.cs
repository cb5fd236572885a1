using System.Xml;
using System.Xml.Linq;

namespace Automation.Tools.Resolution;

/// <summary>
/// Resolution step 4: tools inside the NuGet packages the build project downloads (<c>PackageDownload</c>). In a package's
/// <c>tools/</c>, the best framework folder the runtime can run is searched first for <c>&lt;name&gt;.dll</c> with its
/// <c>runtimeconfig.json</c> (run with the build's dotnet), then for an executable <c>&lt;name&gt;</c> (<c>&lt;name&gt;.exe</c> on Windows).
/// </summary>
internal sealed class PackageDownloadSource(ToolEnvironment environment, Func<string> dotnet)
{
    private static readonly EnumerationOptions Recursive = Options(recursive: true);
    private static readonly EnumerationOptions TopLevel = Options(recursive: false);
    private readonly Lazy<string?> _project = new(() => BuildProject.Locate(environment));

    /// <summary>The build project, or null; looked up once.</summary>
    public string? Project => _project.Value;

    /// <summary>The command for <paramref name="name"/>, or null (with what was searched added to <paramref name="searched"/>).</summary>
    public ToolCommand? Find(string name, List<string> searched)
    {
        if (Project is null)
        {
            searched.Add($"PackageDownload items: no build project (looked for a single {environment.Root / "build"}{Path.DirectorySeparatorChar}*.csproj)");
            return null;
        }

        var downloads = BuildProject.PackageDownloads(Project);
        if (downloads.Count == 0)
        {
            searched.Add($"PackageDownload items of {Project}: none");
            return null;
        }

        foreach (var download in downloads)
        {
            var folder = NuGetPackageFolder.Of(environment, download.Id, download.Version);
            if (folder is null || !Directory.Exists(folder))
            {
                searched.Add($"PackageDownload {download.Id} {download.Version} of {Project}: not downloaded ({folder ?? "no global packages folder"} is missing; run dotnet restore {Project})");
                continue;
            }

            if (FindInPackage(folder, name) is { } command)
            {
                return command with { Source = $"PackageDownload {download.Id} {download.Version}" };
            }

            searched.Add($"PackageDownload {download.Id} {download.Version} of {Project}: no '{name}' in {Path.Combine(folder, "tools")}");
        }

        return null;
    }

    private ToolCommand? FindInPackage(string packageFolder, string name)
    {
        var tools = Path.Combine(packageFolder, "tools");
        if (!Directory.Exists(tools))
        {
            return null;
        }

        foreach (var framework in TargetFrameworks.Preferred(Directory.GetDirectories(tools), environment.Platform))
        {
            if (FindIn(framework, name, recursive: true) is { } command)
            {
                return command;
            }
        }

        return FindIn(tools, name, recursive: false);
    }

    private ToolCommand? FindIn(string folder, string name, bool recursive)
    {
        var options = recursive ? Recursive : TopLevel;
        var assembly = Files(folder, name + ".dll", options)
            .FirstOrDefault(dll => File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")));
        if (assembly is not null)
        {
            return new ToolCommand(dotnet(), [assembly], string.Empty);
        }

        if (CommandEntryPoint(folder, name, options) is { } entryPoint)
        {
            return new ToolCommand(dotnet(), [entryPoint], string.Empty);
        }

        var executable = Files(folder, environment.Platform.IsWindows ? name + ".exe" : name, options)
            .FirstOrDefault(environment.Platform.IsExecutable);
        return executable is null ? null : new ToolCommand(executable, [], string.Empty);
    }

    // A .NET tool package names its commands in DotnetToolSettings.xml; a command may differ from its assembly's name
    // (JetBrains.ReSharper.GlobalTools: the command jb runs JetBrains.CommandLine.Products.dll).
    private static string? CommandEntryPoint(string folder, string name, EnumerationOptions options)
    {
        foreach (var settings in Files(folder, "DotnetToolSettings.xml", options))
        {
            XDocument document;
            try
            {
                document = XDocument.Load(settings);
            }
            catch (XmlException)
            {
                continue;
            }

            var entryPoint = document.Descendants("Command")
                .Where(command => string.Equals((string?)command.Attribute("Name"), name, StringComparison.OrdinalIgnoreCase))
                .Select(command => (string?)command.Attribute("EntryPoint"))
                .FirstOrDefault(entry => entry is not null && entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
            var assembly = entryPoint is null ? null : Path.Combine(Path.GetDirectoryName(settings)!, entryPoint);
            if (assembly is not null && File.Exists(assembly))
            {
                return assembly;
            }
        }

        return null;
    }

    private static EnumerationOptions Options(bool recursive) => new()
    {
        MatchCasing = MatchCasing.CaseInsensitive,
        MatchType = MatchType.Simple,
        RecurseSubdirectories = recursive,
        IgnoreInaccessible = true,
    };

    // Shallowest first, so tools/net10.0/any/x.dll wins over a copy deeper down.
    private static IEnumerable<string> Files(string folder, string fileName, EnumerationOptions options) =>
        Directory.EnumerateFiles(folder, fileName, options)
            .OrderBy(path => path.Count(c => c == Path.DirectorySeparatorChar))
            .ThenBy(path => path, StringComparer.Ordinal);
}
