using System.Text.Json;
using Automation.Versioning;

namespace Automation.Components;

/// <summary>
/// How to start the real GitVersion, and where it was found. Looked for in this order (as NUKE's [GitVersion] looks
/// in the package folder, and as <c>dotnet tool run</c> reads the manifest): the path the build was given; a local
/// tool manifest naming <c>GitVersion.Tool</c>; the newest <c>GitVersion.Tool</c>, then <c>GitVersion.MsBuild</c>,
/// package in the NuGet packages folder.
/// </summary>
/// <param name="Program">The program to start (<c>dotnet</c> for a <c>.dll</c> or a local tool).</param>
/// <param name="Arguments">The arguments in front of GitVersion's own.</param>
/// <param name="Origin">Where it was found, for the log.</param>
internal sealed record GitVersionProgram(string Program, IReadOnlyList<string> Arguments, string Origin)
{
    private static readonly string[] Packages = ["gitversion.tool", "gitversion.msbuild"];

    /// <summary>Finds GitVersion for the repository at <paramref name="root"/>, or throws an error saying how to get it.</summary>
    /// <param name="root">The repository root: a relative path and the tool manifest are taken from there.</param>
    /// <param name="path">The path the build was given (<c>--git-version-path</c>), or null.</param>
    /// <param name="environment">The build's environment (<c>NUGET_PACKAGES</c>, <c>HOME</c>/<c>USERPROFILE</c>).</param>
    public static GitVersionProgram Locate(string root, string? path, IReadOnlyDictionary<string, string> environment)
    {
        if (!string.IsNullOrWhiteSpace(path))
        {
            var full = Path.GetFullPath(path, root);
            return File.Exists(full)
                ? FromFile(full, "--git-version-path")
                : throw new VersioningException($"--git-version-path names '{full}', which does not exist: give the path of gitversion.dll (or of the GitVersion executable), or leave the parameter out to find GitVersion as a local tool or in the NuGet packages folder.");
        }

        if (LocalTool(root) is { } tool)
        {
            return tool;
        }

        var folder = PackagesFolder(environment);
        foreach (var package in Packages)
        {
            if (PackageProgram(Path.Combine(folder, package)) is { } program)
            {
                return FromFile(program, $"the {package} package in {folder}");
            }
        }

        throw new VersioningException(
            $"--version-engine GitVersion needs the GitVersion program, which was not found (no --git-version-path, no GitVersion.Tool in a local tool manifest, no GitVersion.Tool or GitVersion.MsBuild package in {folder}). "
            + "Get it one of these ways: 'dotnet new tool-manifest && dotnet tool install GitVersion.Tool' in the repository; "
            + "a <PackageDownload Include=\"GitVersion.MsBuild\" Version=\"[6.8.2]\" /> in a project, then 'dotnet restore'; "
            + "or --git-version-path <path of gitversion.dll>. Or leave --version-engine out to use the built-in engine.");
    }

    private static GitVersionProgram FromFile(string file, string origin) =>
        file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new GitVersionProgram("dotnet", [file], $"{file} ({origin})")
            : new GitVersionProgram(file, [], $"{file} ({origin})");

    /// <summary>GitVersion.Tool in the nearest <c>.config/dotnet-tools.json</c> or <c>dotnet-tools.json</c>, as <c>dotnet tool run</c> finds it.</summary>
    private static GitVersionProgram? LocalTool(string root)
    {
        for (var directory = new DirectoryInfo(root); directory is not null; directory = directory.Parent)
        {
            foreach (var manifest in new[] { Path.Combine(directory.FullName, ".config", "dotnet-tools.json"), Path.Combine(directory.FullName, "dotnet-tools.json") })
            {
                if (File.Exists(manifest) && ToolCommand(manifest) is { } command)
                {
                    return new GitVersionProgram("dotnet", ["tool", "run", command, "--"], $"the local tool {command} ({manifest})");
                }
            }
        }

        return null;
    }

    private static string? ToolCommand(string manifest)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(manifest), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("tools", out var tools) || tools.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var tool = tools.EnumerateObject().FirstOrDefault(t => t.Name.Equals("gitversion.tool", StringComparison.OrdinalIgnoreCase));
            return tool.Value.ValueKind == JsonValueKind.Object && tool.Value.TryGetProperty("commands", out var commands) && commands.ValueKind == JsonValueKind.Array
                ? commands.EnumerateArray().Select(c => c.GetString()).FirstOrDefault(c => !string.IsNullOrEmpty(c)) ?? "dotnet-gitversion"
                : tool.Value.ValueKind == JsonValueKind.Object ? "dotnet-gitversion" : null;
        }
        catch (JsonException exception)
        {
            throw new VersioningException($"{manifest} is not valid JSON ({exception.Message}); fix it or pass --git-version-path.");
        }
    }

    /// <summary>The newest version's <c>gitversion.dll</c>, for the newest target framework it ships (a tool package nests it under <c>any/</c>).</summary>
    private static string? PackageProgram(string package)
    {
        if (!Directory.Exists(package))
        {
            return null;
        }

        return Directory.EnumerateDirectories(package)
            .Select(directory => (Directory: directory, Version: System.Version.TryParse(Path.GetFileName(directory).Split('-')[0], out var version) ? version : null))
            .Where(entry => entry.Version is not null)
            .OrderByDescending(entry => entry.Version)
            .Select(entry => Path.Combine(entry.Directory, "tools"))
            .Where(Directory.Exists)
            .SelectMany(tools => Directory.EnumerateDirectories(tools, "net*")
                .OrderByDescending(framework => System.Version.TryParse(Path.GetFileName(framework)[3..], out var version) ? version : new Version(0, 0))
                .SelectMany(framework => new[] { Path.Combine(framework, "gitversion.dll"), Path.Combine(framework, "any", "gitversion.dll") }))
            .FirstOrDefault(File.Exists);
    }

    private static string PackagesFolder(IReadOnlyDictionary<string, string> environment)
    {
        if (environment.TryGetValue("NUGET_PACKAGES", out var configured) && configured.Length > 0)
        {
            return configured;
        }

        var home = environment.TryGetValue("HOME", out var unixHome) && unixHome.Length > 0 ? unixHome
            : environment.TryGetValue("USERPROFILE", out var windowsHome) && windowsHome.Length > 0 ? windowsHome
            : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(home, ".nuget", "packages");
    }
}
