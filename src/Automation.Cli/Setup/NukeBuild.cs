using System.Text.RegularExpressions;

namespace Automation.Cli.Setup;

/// <summary>
/// A NUKE build found in the repository (<c>.nuke/</c> plus a <c>build/*.csproj</c> referencing Nuke.Common, or a
/// NUKE bootstrap script). Setup moves its build folder's contents into <c>build/nuke/</c> (nothing is deleted; the
/// generated project leaves that folder out of its compile) and lists the targets still to port.
/// </summary>
/// <param name="Entries">The names of the files and folders in <c>build/</c> that move to <c>build/nuke/</c> (bin/ and obj/ stay).</param>
/// <param name="Targets">The targets the NUKE build defines (<c>Target Name =&gt;</c>), in the order found.</param>
internal sealed partial record NukeBuild(IReadOnlyList<string> Entries, IReadOnlyList<string> Targets)
{
    /// <summary>Where NUKE's build sources go, relative to the root.</summary>
    public const string Folder = "build/nuke";

    private static readonly HashSet<string> Kept = new(["bin", "obj", "nuke"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The NUKE build in <paramref name="root"/>, or null when there is none.</summary>
    public static NukeBuild? Detect(AbsolutePath root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var build = root / "build";
        if (!(root / ".nuke").DirectoryExists() || !build.DirectoryExists())
        {
            return null;
        }

        var referencesNuke = Directory.EnumerateFiles(build, "*.csproj").Any(p => File.ReadAllText(p).Contains("Nuke.Common", StringComparison.OrdinalIgnoreCase));
        var script = root / "build.sh";
        var nukeScript = script.FileExists() && IsNukeScript(File.ReadAllText(script));
        if (!referencesNuke && !nukeScript)
        {
            return null;
        }

        var entries = Directory.EnumerateFileSystemEntries(build).Select(Path.GetFileName).OfType<string>()
            .Where(name => !Kept.Contains(name)).Order(StringComparer.Ordinal).ToList();
        var targets = Directory.EnumerateFiles(build, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsOutput(build, f))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => TargetNames(File.ReadAllText(f)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new NukeBuild(entries, targets);
    }

    /// <summary>Whether a bootstrap script is NUKE's: it sets NUKE's own environment variables.</summary>
    public static bool IsNukeScript(string text) => text?.Contains("NUKE_", StringComparison.Ordinal) ?? false;

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

    private static bool IsOutput(AbsolutePath build, string file)
    {
        var first = Path.GetRelativePath(build, file).Split(Path.DirectorySeparatorChar)[0];
        return first is "bin" or "obj";
    }

    [GeneratedRegex(@"Target\s+(?<name>\w+)\s*=>")]
    private static partial Regex TargetDeclaration();
}
