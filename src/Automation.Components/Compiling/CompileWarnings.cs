using System.Globalization;

namespace Automation.Components;

/// <summary>
/// Counts the compiler and analyzer warnings a build printed, for the summary of a compile that does not treat them as
/// errors: <c>7 warnings (CA1515 x7)</c>. MSBuild repeats each warning in its closing summary and once per target
/// framework, so each distinct warning (file, position, code and message) counts once.
/// </summary>
internal static class CompileWarnings
{
    // The most frequent codes named in the note; the rest are in the output above it.
    private const int CodesShown = 3;

    /// <summary>The summary note for <paramref name="result"/>'s warnings, or null when it printed none.</summary>
    public static string? Describe(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var warnings = result.Diagnostics.Where(diagnostic => !diagnostic.IsError).Distinct().ToList();
        if (warnings.Count == 0)
        {
            return null;
        }

        var codes = warnings
            .GroupBy(w => w.Code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var shown = codes.Take(CodesShown).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()}"));
        var more = codes.Count > CodesShown ? $", {codes.Count - CodesShown} more codes" : string.Empty;
        return $"{warnings.Count} {(warnings.Count == 1 ? "warning" : "warnings")} ({string.Join(", ", shown)}{more})";
    }
}
