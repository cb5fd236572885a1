namespace Automation.Tests.Architecture;

/// <summary>
/// The layers of <c>src/Automation</c>, lowest first, as docs/architecture.md states them. A folder may use the folders
/// of lower layers only: not a folder of its own layer, nor of a higher one. Change this table and the page together.
/// </summary>
public static class EngineLayers
{
    /// <summary>Each layer's folders (top-level folders of <c>src/Automation</c>), lowest layer first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Order { get; } =
    [
        ["Core"],
        ["IO", "ConfigurationFiles"],
        ["Launching"],
        ["Versioning", "Outcomes"],
        ["Output"],
        ["Processes"],
        ["Targets"],
        ["Parameters", "Planning"],
        ["Tools", "Incremental"],
        ["Execution", "Locking", "Hosts", "Injection"],
        ["CommandLine", "Ci", "Changelogs"],
        ["Session"],
        ["Testing"],
    ];

    /// <summary>The layer of <paramref name="folder"/> (0 is the lowest), or null for a folder the table does not name.</summary>
    public static int? LayerOf(string folder)
    {
        for (var layer = 0; layer < Order.Count; layer++)
        {
            if (Order[layer].Contains(folder, StringComparer.Ordinal))
            {
                return layer;
            }
        }

        return null;
    }

    /// <summary>Whether code in <paramref name="from"/> may use a type of <paramref name="to"/>: its own folder, or a lower layer.</summary>
    public static bool Allows(string from, string to) =>
        from == to || (LayerOf(from) is { } user && LayerOf(to) is { } used && used < user);
}
