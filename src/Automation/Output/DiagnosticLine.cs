using System.Globalization;
using System.Text.RegularExpressions;

namespace Automation.Output;

/// <summary>
/// Recognizes warnings and errors in MSBuild's canonical format, which the compiler, NuGet, MSBuild and most .NET
/// tools use: <c>src/A.cs(12,5): error CS0103: The name 'x' does not exist [/repo/A.csproj]</c>, or without a
/// position: <c>/repo/A.csproj : warning NU1603: ...</c>, <c>CSC : error CS2001: ...</c>.
/// </summary>
internal static partial class DiagnosticLine
{
    /// <summary>The diagnostic <paramref name="line"/> holds, or null.</summary>
    public static MSBuildDiagnostic? Parse(string line)
    {
        var match = Canonical().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var origin = match.Groups["origin"].Value.Trim();
        var isFile = origin.Contains('.', StringComparison.Ordinal) || origin.Contains('/', StringComparison.Ordinal) || origin.Contains('\\', StringComparison.Ordinal);
        return new MSBuildDiagnostic(
            match.Groups["kind"].Value.Equals("error", StringComparison.OrdinalIgnoreCase),
            match.Groups["code"].Value,
            match.Groups["message"].Value.Trim(),
            isFile ? origin : null,
            Number(match.Groups["line"]),
            Number(match.Groups["column"]));
    }

    /// <summary>The annotation for <paramref name="line"/>'s diagnostic, and whether it is an error; null when it holds none.</summary>
    public static (Annotation Annotation, bool IsError)? TryParse(string line) =>
        Parse(line) is { } diagnostic
            ? (new Annotation($"{diagnostic.Code}: {diagnostic.Message}", diagnostic.File, diagnostic.Line, diagnostic.Column, diagnostic.Code), diagnostic.IsError)
            : null;

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(
        @"^\s*(?<origin>[^\s(:][^(]*?|[A-Za-z]:\\[^(]*?)(\((?<line>\d+)(,(?<column>\d+))?(,\d+,\d+)?\))?\s*:\s*(?<kind>warning|error)\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(\s+\[[^\]]+\])?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Canonical();
}
