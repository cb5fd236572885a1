using System.Text.RegularExpressions;

namespace Automation.Cli.Setup;

/// <summary>
/// A NUKE build found in the repository: <c>.nuke/</c> (or, where a repository git-ignores it, NUKE's project
/// <c>build/_build.csproj</c> referencing Nuke.Common), and a NUKE bootstrap script or a project referencing
/// Nuke.Common in a top-level folder (<c>build/</c>, or wherever the repository keeps it, such as <c>nuke/</c>). When
/// it is in <c>build/</c>, setup moves that folder's contents into <c>build/nuke/</c> (nothing is deleted; the generated
/// project leaves that folder out of its compile); NUKE's bootstrap scripts are replaced; its targets are listed as
/// still to port.
/// </summary>
/// <param name="Entries">The names of the files and folders in <c>build/</c> that move to <c>build/nuke/</c> (bin/ and
/// obj/ stay); none when NUKE's build is in another folder.</param>
/// <param name="Targets">The targets the NUKE build defines (<c>Target Name =&gt;</c>), in the order found.</param>
/// <param name="SourceFolder">Where NUKE's build sources are once setup is done, relative to the root.</param>
/// <param name="BootstrapIsNuke">Whether build.sh or build.ps1 is NUKE's, so all three bootstrap scripts are replaced.</param>
internal sealed partial record NukeBuild(IReadOnlyList<string> Entries, IReadOnlyList<string> Targets, string SourceFolder, bool BootstrapIsNuke)
{
    /// <summary>Where NUKE's build sources go when they were in <c>build/</c>, relative to the root.</summary>
    public const string Folder = "build/nuke";

    private static readonly string[] NukeScriptMarkers = ["NUKE", "Nuke", "BUILD_PROJECT_FILE=", "$BuildProjectFile ="];

    private static readonly HashSet<string> Kept = new(["bin", "obj", "nuke"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> NotProjectFolders = new([".git", "bin", "obj", "node_modules", "artifacts", NukeLayout.FolderName], StringComparer.OrdinalIgnoreCase);

    /// <summary>The NUKE build in <paramref name="root"/>, or null when there is none.</summary>
    public static NukeBuild? Detect(AbsolutePath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        // Some repositories git-ignore .nuke/ (so a clone has none): NUKE's own project in build/ still names the build.
        if (!new NukeLayout(root).Exists && !ReferencesNuke(root / "build" / "_build.csproj"))
        {
            return null;
        }

        var bootstrapIsNuke = new[] { "build.sh", "build.ps1" }.Select(name => root / name).Any(script => script.FileExists() && IsNukeScript(File.ReadAllText(script)));
        var projectFolder = NukeProjectFolder(root);
        if (projectFolder is null && !bootstrapIsNuke)
        {
            return null;
        }

        var sources = projectFolder ?? root / "build";
        var inBuild = sources == root / "build";
        var entries = inBuild
            ? Directory.EnumerateFileSystemEntries(sources).Select(Path.GetFileName).OfType<string>().Where(name => !Kept.Contains(name)).Order(StringComparer.Ordinal).ToList()
            : [];
        var targets = sources.DirectoryExists()
            ? Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsOutput(sources, f))
                .Order(StringComparer.Ordinal)
                .SelectMany(f => TargetNames(File.ReadAllText(f)))
                .Distinct(StringComparer.Ordinal)
                .ToList()
            : [];
        return new NukeBuild(entries, targets, inBuild ? Folder : sources.RelativeTo(root).Replace('\\', '/'), bootstrapIsNuke);
    }

    /// <summary>
    /// Whether a bootstrap script is NUKE's: it names NUKE (its environment variables, its tool), or it has the variable
    /// every version of NUKE's scripts keeps the build project in (the scripts of NUKE 0.2x to 5 name NUKE nowhere else
    /// than in <c>.nuke/temp</c>, which Automation's own scripts use too).
    /// </summary>
    public static bool IsNukeScript(string text) =>
        text is not null && NukeScriptMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal));

    /// <summary>The target names a NUKE build's source defines.</summary>
    public static IEnumerable<string> TargetNames(string source) =>
        TargetDeclaration().Matches(source ?? string.Empty).Select(m => m.Groups["name"].Value);

    /// <summary>The NUKE targets that <paramref name="generated"/> (the generated build's target names) does not have, compared case-insensitively.</summary>
    public IReadOnlyList<string> Unported(IEnumerable<string> generated)
    {
        var have = generated.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Targets.Where(t => !have.Contains(t)).ToList();
    }

    /// <summary>Moves <see cref="Entries"/> from <c>build/</c> into <c>build/nuke/</c>.</summary>
    /// <exception cref="SetupException">build/nuke/ already holds an entry of the same name.</exception>
    public void MoveAside(AbsolutePath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var target = root / Folder;
        Directory.CreateDirectory(target);
        foreach (var entry in Entries)
        {
            var from = root / "build" / entry;
            var to = target / entry;
            if (File.Exists(to) || Directory.Exists(to))
            {
                throw new SetupException($"{Folder}/{entry} exists already, so build/{entry} cannot move there: move one of them and run automation :setup again.");
            }

            if (Directory.Exists(from))
            {
                Directory.Move(from, to);
            }
            else
            {
                File.Move(from, to);
            }
        }
    }

    // NUKE's build project sits in a top-level folder (build/ by default); a build of ours there references no Nuke.Common.
    private static AbsolutePath? NukeProjectFolder(AbsolutePath root) =>
        Directory.EnumerateDirectories(root)
            .Where(folder => !NotProjectFolders.Contains(Path.GetFileName(folder)))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(folder => Directory.EnumerateFiles(folder, "*.csproj").Any(project => File.ReadAllText(project).Contains("Nuke.Common", StringComparison.OrdinalIgnoreCase)))
            is { } found ? AbsolutePath.Create(found) : null;

    private static bool ReferencesNuke(AbsolutePath project) =>
        project.FileExists() && File.ReadAllText(project).Contains("Nuke.Common", StringComparison.OrdinalIgnoreCase);

    private static bool IsOutput(AbsolutePath build, string file)
    {
        var first = Path.GetRelativePath(build, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    [GeneratedRegex(@"Target\s+(?<name>\w+)\s*=>")]
    private static partial Regex TargetDeclaration();
}
