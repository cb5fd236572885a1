using Automation.Core;

namespace Automation.Ci.Yaml;

/// <summary>
/// A sequence item written by someone else (a build's own <see cref="GitHubActionsStep"/>): its lines, the first
/// starting with <c>- </c>, indented relative to the item. The emitter writes them as they are, at the item's place.
/// </summary>
/// <param name="Lines">The item's lines without line ends.</param>
internal sealed record YamlLines(IReadOnlyList<string> Lines)
{
    /// <summary>What <paramref name="write"/> writes, checked to be one sequence item.</summary>
    /// <param name="writerName">Who wrote it, for the error (the step's type).</param>
    /// <param name="write">Writes the item (a step's <c>Write</c>).</param>
    public static YamlLines Written(string writerName, Action<CustomFileWriter> write)
    {
        using var text = new StringWriter();
        write(new CustomFileWriter(text, 2, "#"));
        var lines = text.ToString().TrimEnd('\n').Split('\n');
        if (!lines[0].StartsWith("- ", StringComparison.Ordinal) || lines.Skip(1).Any(line => line.Length > 0 && !line.StartsWith("  ", StringComparison.Ordinal)))
        {
            throw new UsageException($"{writerName}.Write wrote '{lines[0]}'{(lines.Length > 1 ? " ..." : string.Empty)}: a step is one YAML list item, its first line starting with '- ' and the rest indented under it (use writer.Indent()).");
        }

        return new YamlLines(lines);
    }
}
