using System.Globalization;
using System.Xml.Linq;

namespace Automation.Components;

/// <summary>
/// A dupFinder XML report (<c>&lt;DuplicatesReport&gt;&lt;Statistics&gt;…&lt;Duplicates&gt;&lt;Duplicate Cost="…"&gt;&lt;Fragment&gt;…</c>):
/// each duplicate with its cost and the files and line ranges of its fragments, costliest first.
/// </summary>
internal sealed class DupFinderReport
{
    private DupFinderReport(IReadOnlyList<DupFinderDuplicate> duplicates, long codebaseCost, long totalDuplicatesCost)
    {
        Duplicates = duplicates;
        CodebaseCost = codebaseCost;
        TotalDuplicatesCost = totalDuplicatesCost;
    }

    /// <summary>The duplicates, costliest first, then by their first fragment.</summary>
    public IReadOnlyList<DupFinderDuplicate> Duplicates { get; }

    /// <summary>The cost of all code searched (<c>Statistics/CodebaseCost</c>).</summary>
    public long CodebaseCost { get; }

    /// <summary>The cost of all duplicates (<c>Statistics/TotalDuplicatesCost</c>; the sum of the duplicates' when absent).</summary>
    public long TotalDuplicatesCost { get; }

    /// <summary>Reads a report file.</summary>
    /// <exception cref="FileNotFoundException">dupFinder wrote no report.</exception>
    /// <exception cref="InvalidDataException">The file is no dupFinder report.</exception>
    public static DupFinderReport Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"dupFinder wrote no report at {file}: see its output above.", file);
        }

        try
        {
            return Parse(XDocument.Load(file));
        }
        catch (System.Xml.XmlException exception)
        {
            throw new InvalidDataException($"{file} is not a dupFinder report: {exception.Message}", exception);
        }
    }

    /// <summary>Reads a report.</summary>
    /// <exception cref="InvalidDataException">The document is no dupFinder report.</exception>
    public static DupFinderReport Parse(XDocument report)
    {
        if (report.Root?.Name.LocalName != "DuplicatesReport")
        {
            throw new InvalidDataException($"Not a dupFinder report: its root is <{report.Root?.Name.LocalName}>, not <DuplicatesReport>.");
        }

        var duplicates = report.Root.Elements("Duplicates").Elements("Duplicate")
            .Select(duplicate => new DupFinderDuplicate(
                Number((string?)duplicate.Attribute("Cost")),
                [.. duplicate.Elements("Fragment").Select(fragment => new DupFinderFragment(
                    ((string?)fragment.Element("FileName") ?? string.Empty).Replace('\\', '/'),
                    (int)Number((string?)fragment.Element("LineRange")?.Attribute("Start")),
                    (int)Number((string?)fragment.Element("LineRange")?.Attribute("End"))))]))
            .OrderByDescending(duplicate => duplicate.Cost)
            .ThenBy(duplicate => duplicate.Fragments.FirstOrDefault()?.Location, StringComparer.Ordinal)
            .ToList();
        var statistics = report.Root.Element("Statistics");
        var total = (string?)statistics?.Element("TotalDuplicatesCost") is { } text ? Number(text) : duplicates.Sum(d => d.Cost);
        return new DupFinderReport(duplicates, Number((string?)statistics?.Element("CodebaseCost")), total);
    }

    /// <summary>One line per duplicate: <c>cost 130: src/A.cs:10-24, src/B.cs:40-54</c>.</summary>
    public IEnumerable<string> Lines() =>
        Duplicates.Select(duplicate => $"cost {duplicate.Cost.ToString(CultureInfo.InvariantCulture)}: {string.Join(", ", duplicate.Fragments.Select(f => f.Location))}");

    private static long Number(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}

/// <summary>One duplicate: code found more than once.</summary>
/// <param name="Cost">How much code is duplicated, in dupFinder's units.</param>
/// <param name="Fragments">Where it is.</param>
internal sealed record DupFinderDuplicate(long Cost, IReadOnlyList<DupFinderFragment> Fragments);

/// <summary>One place of a duplicate.</summary>
/// <param name="File">The file, as the report names it, with <c>/</c>.</param>
/// <param name="StartLine">Its first line.</param>
/// <param name="EndLine">Its last line.</param>
internal sealed record DupFinderFragment(string File, int StartLine, int EndLine)
{
    /// <summary><c>src/A.cs:10-24</c> (<c>src/A.cs:10</c> for one line).</summary>
    public string Location => StartLine == EndLine
        ? $"{File}:{StartLine.ToString(CultureInfo.InvariantCulture)}"
        : $"{File}:{StartLine.ToString(CultureInfo.InvariantCulture)}-{EndLine.ToString(CultureInfo.InvariantCulture)}";
}
