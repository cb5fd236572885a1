using System.Text;

namespace Automation.Tools.Resolution;

/// <summary>The message of a <see cref="ToolNotFoundException"/>: what was searched, then how to add the tool.</summary>
internal static class MissingToolMessage
{
    // Tools whose package ids differ from the command: command → (local tool package, or null when the program is no
    // .NET tool, and the package to download).
    private static readonly Dictionary<string, (string? LocalTool, string Download)> KnownPackages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reportgenerator"] = ("dotnet-reportgenerator-globaltool", "ReportGenerator"),
        ["dotnet-coverage"] = ("dotnet-coverage", "dotnet-coverage"),
        ["csharpier"] = ("csharpier", "CSharpier"),
        ["docfx"] = ("docfx", "docfx"),
        ["codecov"] = (null, "CodecovUploader"),
        ["nuget"] = (null, "NuGet.CommandLine"),
        ["SignClient"] = ("SignClient", "SignClient"),
        ["minver"] = ("minver-cli", "minver-cli"),
        ["dotCover"] = ("JetBrains.dotCover.GlobalTool", "JetBrains.dotCover.CommandLineTools"),
        ["dotnet-sonarscanner"] = ("dotnet-sonarscanner", "dotnet-sonarscanner"),
        ["jb"] = ("JetBrains.ReSharper.GlobalTools", "JetBrains.ReSharper.GlobalTools"),
        ["dupfinder"] = (null, "JetBrains.ReSharper.CommandLineTools"),
    };

    // Package versions to name instead of x.y.z, where only some versions carry the tool.
    private static readonly Dictionary<string, string> KnownVersions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dupfinder"] = ReSharperTasks.DupFinderLastVersion,
    };

    // What to know about a tool before adding it: a line at the end of the message.
    private static readonly Dictionary<string, string> Notes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dupfinder"] = $"JetBrains dropped dupFinder after 2021.2: {ReSharperTasks.DupFinderLastVersion} is the last JetBrains.ReSharper.CommandLineTools with dupfinder.exe (JetBrains.ReSharper.GlobalTools and later versions have none). It is a .NET Framework program: it runs on Windows.",
    };

    // Programs that are no NuGet package (the local-tool and PackageDownload advice would mislead): how to install them.
    private static readonly Dictionary<string, string> SystemPrograms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["appveyor"] = "run on AppVeyor, whose build agent puts the 'appveyor' command on PATH",
        ["docker"] = "install Docker (Docker Engine or Docker Desktop: https://docs.docker.com/get-docker/) so that 'docker' is on PATH",
    };

    /// <summary>The full message.</summary>
    /// <param name="name">The tool.</param>
    /// <param name="searched">What each step looked at, in order.</param>
    /// <param name="environment">For the manifest, PATH and variable names.</param>
    /// <param name="buildProject">The build project, if one was found.</param>
    public static string Create(string name, IReadOnlyList<string> searched, ToolEnvironment environment, string? buildProject)
    {
        var (localTool, download) = KnownPackages.TryGetValue(name, out var known) ? known : ("<package-id>", "<package-id>");
        var variable = ToolEnvironment.OverrideVariable(name);
        var manifestExists = LocalToolManifest.Candidates(environment.Root).Any(File.Exists);
        var project = buildProject is null ? "the build project (build/*.csproj)" : Path.GetRelativePath(environment.Root, buildProject);

        var text = new StringBuilder()
            .AppendLine($"Tool '{name}' was not found.")
            .AppendLine("Searched, in order:");
        foreach (var line in searched)
        {
            text.AppendLine($"  - {line}");
        }

        text.AppendLine($"  - PATH: {PathSummary(name, environment)}")
            .AppendLine("To add it, do one of:");
        if (SystemPrograms.TryGetValue(name, out var install))
        {
            return text.AppendLine($"  - {install}").Append($"  - or set {variable} to the path of its executable").ToString();
        }

        if (localTool is not null)
        {
            text.AppendLine($"  - make it a local tool (run in {environment.Root}): dotnet tool install --local {localTool}");
        }

        if (localTool is not null && !manifestExists)
        {
            text.AppendLine("    there is no tool manifest yet: create it first with: dotnet new tool-manifest");
        }

        text.AppendLine($"  - or have the build download it: <PackageDownload Include=\"{download}\" Version=\"[{KnownVersions.GetValueOrDefault(name, "x.y.z")}]\" /> in {project}")
            .AppendLine("  - or install it on PATH")
            .Append($"  - or set {variable} to the path of its executable");
        return Notes.TryGetValue(name, out var note) ? text.AppendLine().Append(note).ToString() : text.ToString();
    }

    private static string PathSummary(string name, ToolEnvironment environment)
    {
        var directories = PathSearch.Directories(environment);
        var candidates = string.Join(", ", PathSearch.FileNames(name, environment).Select(n => $"'{n}'"));
        return directories.Count == 0
            ? "empty (no directory to search)"
            : $"no {candidates} in:" + string.Concat(directories.Select(d => $"{Environment.NewLine}      {d}"));
    }
}
