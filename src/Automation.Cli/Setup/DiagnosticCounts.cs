using System.Globalization;
using System.Text.RegularExpressions;

namespace Automation.Cli.Setup;

/// <summary>The distinct diagnostics in MSBuild or dotnet format output, counted by code (<c>CS1591 10, IDE0055 9</c>).</summary>
internal sealed partial record DiagnosticCounts(IReadOnlyList<(string Code, int Count)> ByCode)
{
    /// <summary>How many distinct diagnostics there are.</summary>
    public int Total => ByCode.Sum(c => c.Count);

    /// <summary>Counts the <c>warning XX1234:</c> and <c>error XX1234:</c> lines of <paramref name="output"/>, each line once (MSBuild repeats them in its summary).</summary>
    public static DiagnosticCounts Of(string output)
    {
        var counts = (output ?? string.Empty).Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Distinct(StringComparer.Ordinal)
            .Select(line => Diagnostic().Match(line))
            .Where(m => m.Success)
            .GroupBy(m => m.Groups["code"].Value, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(c => c.Item2)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
        return new DiagnosticCounts(counts);
    }

    /// <summary>E.g. <c>179 findings (WHITESPACE 170, IDE0055 9)</c>, with <paramref name="noun"/> as the plural word.</summary>
    public string Describe(string noun)
    {
        var byCode = string.Join(", ", ByCode.Take(8).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Code} {c.Count}")));
        var more = ByCode.Count > 8 ? ", ..." : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{Total} {noun} ({byCode}{more})");
    }

    [GeneratedRegex(@"\b(?:warning|error)\s+(?<code>[A-Za-z]+[0-9]*)\s*:")]
    private static partial Regex Diagnostic();
}
