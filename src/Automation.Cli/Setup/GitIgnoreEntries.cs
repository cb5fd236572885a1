namespace Automation.Cli.Setup;

/// <summary>The <c>.gitignore</c> lines a build needs: its outputs and scratch space must never show as changes.</summary>
internal static class GitIgnoreEntries
{
    /// <summary>
    /// Build outputs (<c>bin/</c>, <c>obj/</c>, also of <c>build/</c>), packages and reports (<c>artifacts/</c>) and the
    /// build's scratch space (<c>.nuke/temp/</c>). Without them the publish target would see a dirty tree.
    /// </summary>
    public static IReadOnlyList<string> Required { get; } = ["bin/", "obj/", "artifacts/", ".nuke/temp/"];

    /// <summary>The <see cref="Required"/> entries that <paramref name="existing"/> (a .gitignore's text, or null) lacks.</summary>
    public static IReadOnlyList<string> Missing(string? existing)
    {
        var present = (existing ?? string.Empty).Split('\n')
            .Select(line => Normalize(line.Trim()))
            .ToHashSet(StringComparer.Ordinal);
        return Required.Where(entry => !present.Contains(Normalize(entry))).ToList();
    }

    /// <summary><paramref name="existing"/> with <paramref name="missing"/> appended, under a comment saying where they come from.</summary>
    public static string Append(string? existing, IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var text = existing ?? string.Empty;
        var separator = text.Length == 0 ? string.Empty : text.EndsWith('\n') ? "\n" : "\n\n";
        return $"{text}{separator}# Automation build outputs (automation :setup)\n{string.Join("\n", missing)}\n";
    }

    // "/artifacts", "artifacts" and "artifacts/" all ignore the folder at the root.
    private static string Normalize(string entry) => entry.Trim('/');
}
