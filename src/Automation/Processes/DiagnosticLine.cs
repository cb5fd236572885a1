using System.Globalization;
using System.Text.RegularExpressions;
using Automation.Hosts;

namespace Automation.Processes;

/// <summary>
/// Recognizes warnings and errors in MSBuild's canonical format, which the compiler, NuGet, MSBuild and most .NET
/// tools use: <c>src/A.cs(12,5): error CS0103: The name 'x' does not exist [/repo/A.csproj]</c>, or without a
/// position: <c>/repo/A.csproj : warning NU1603: ...</c>, <c>CSC : error CS2001: ...</c>.
/// </summary>
internal static partial class DiagnosticLine
{
    public static (Annotation Annotation, bool IsError)? TryParse(string line)
    {
        var match = Canonical().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var origin = match.Groups["origin"].Value.Trim();
        var isFile = origin.Contains('.', StringComparison.Ordinal) || origin.Contains('/', StringComparison.Ordinal) || origin.Contains('\\', StringComparison.Ordinal);
        var code = match.Groups["code"].Value;
        var annotation = new Annotation(
            $"{code}: {match.Groups["message"].Value.Trim()}",
            File: isFile ? origin : null,
            Line: Number(match.Groups["line"]),
            Column: Number(match.Groups["column"]),
            Title: code);
        return (annotation, match.Groups["kind"].Value.Equals("error", StringComparison.OrdinalIgnoreCase));
    }

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(
        @"^\s*(?<origin>[^\s(:][^(]*?|[A-Za-z]:\\[^(]*?)(\((?<line>\d+)(,(?<column>\d+))?(,\d+,\d+)?\))?\s*:\s*(?<kind>warning|error)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(\s+\[[^\]]+\])?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Canonical();
}
