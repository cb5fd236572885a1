namespace Automation.Cli.Setup;

/// <summary>The <c>.gitignore</c> lines a build needs: its outputs and scratch space must never show as changes.</summary>
internal static class GitIgnoreEntries
{
    /// <summary>
    /// Build outputs (<c>bin/</c>, <c>obj/</c>, also of <c>build/</c>), packages and reports (<c>artifacts/</c>) and the
    /// build's scratch space (<c>.nuke/temp/</c>). Without them the publish target would see a dirty tree.
    /// </summary>
    public static IReadOnlyList<string> Required { get; } = ["bin/", "obj/", "artifacts/", NukeLayout.RelativeTemporaryDirectory + "/"];

    /// <summary>
    /// Lines that make git see <c>build/</c> again when a pattern such as <c>[Bb]uild/</c> ignores it (common in .NET
    /// repositories' .gitignore, meant for build outputs), while the build project's own outputs stay ignored.
    /// </summary>
    public static IReadOnlyList<string> BuildFolderVisible { get; } = ["!/build/", "/build/bin/", "/build/obj/"];

    /// <summary>The <see cref="Required"/> entries that <paramref name="existing"/> (a .gitignore's text, or null) lacks.</summary>
    public static IReadOnlyList<string> Missing(string? existing)
    {
        var present = (existing ?? string.Empty).Split('\n')
            .Select(line => Normalize(line.Trim()))
            .ToHashSet(StringComparer.Ordinal);
        return Required.Where(entry => !present.Contains(Normalize(entry))).ToList();
    }

    /// <summary><paramref name="existing"/> with <paramref name="missing"/> appended, under a comment saying where they come from.</summary>
    public static string Append(string? existing, IReadOnlyList<string> missing) =>
        Append(existing, missing, "Automation build outputs (automation :setup)");

    /// <summary><paramref name="existing"/> with <see cref="BuildFolderVisible"/> appended (last, so the negation wins), under a comment saying why.</summary>
    public static string AppendBuildFolderVisible(string? existing) =>
        Append(existing, BuildFolderVisible, "The build's sources in build/ are tracked; its outputs are not (automation :setup)");

    /// <summary><paramref name="existing"/> with the folders setup's checks created (e.g. a NuGet package folder inside the repository) appended.</summary>
    public static string AppendLeftBehind(string? existing, IReadOnlyList<string> folders) =>
        Append(existing, folders, "Made by restoring this repository (e.g. a NuGet package folder its NuGet.config puts inside it) (automation :setup)");

    private static string Append(string? existing, IReadOnlyList<string> lines, string comment)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = existing ?? string.Empty;
        var separator = text.Length == 0 ? string.Empty : text.EndsWith('\n') ? "\n" : "\n\n";
        return $"{text}{separator}# {comment}\n{string.Join("\n", lines)}\n";
    }

    // "/artifacts", "artifacts" and "artifacts/" all ignore the folder at the root.
    private static string Normalize(string entry) => entry.Trim('/');
}
