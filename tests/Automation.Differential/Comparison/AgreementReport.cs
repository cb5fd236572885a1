using System.Globalization;
using System.Text;

namespace Automation.Differential.Comparison;

/// <summary>Agreement figures over many cases: per variable, FullSemVer, and whole answers, with and without the
/// deliberate differences.</summary>
public static class AgreementReport
{
    public static string Write(IReadOnlyList<HistoryCase> cases, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var text = new StringBuilder();
        var total = cases.Count;
        string Rate(int agreeing) => string.Create(CultureInfo.InvariantCulture, $"{agreeing,5}/{total} {100.0 * agreeing / Math.Max(1, total),6:F1} %");

        var variables = cases.Where(result => result.Theirs.Answered && result.Ours.Answered)
            .SelectMany(result => result.Theirs.Variables!.Keys.Union(result.Ours.Variables!.Keys))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"{total} histories in {elapsed.TotalSeconds:F0} s\n\nPer variable (a case agrees on a variable when both engines give the same value, or both stop with an error):\n");
        foreach (var variable in variables)
        {
            var agreeing = cases.Count(result => !result.Differences.Any(difference => difference.Variable == variable || difference.Variable == "(answer)"));
            text.Append(CultureInfo.InvariantCulture, $"  {variable,-26} {Rate(agreeing)}\n");
        }

        var fullSemVer = cases.Count(result => !result.Differences.Any(difference => difference.Variable is "FullSemVer" or "(answer)"));
        var fullSemVerExplained = cases.Count(result => !result.Unexplained.Any(difference => difference.Variable is "FullSemVer" or "(answer)"));
        var whole = cases.Count(result => result.Differences.Count == 0);
        var wholeExplained = cases.Count(result => !result.Unexplained.Any());
        text.Append(CultureInfo.InvariantCulture, $"\nFullSemVer                    {Rate(fullSemVer)}\n");
        text.Append(CultureInfo.InvariantCulture, $"FullSemVer, known excluded    {Rate(fullSemVerExplained)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Every variable                {Rate(whole)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Every variable, known excl.   {Rate(wholeExplained)}\n");
        var known = cases.Where(result => result.KnownNotYetFixed is not null).ToList();
        if (known.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"  known, not yet fixed: {known.Count} histories (seeds {string.Join(", ", known.Select(result => result.History.Seed))})\n");
        }

        foreach (var group in cases.SelectMany(result => result.Differences).Where(difference => difference.Deliberate).GroupBy(difference => difference.Explanation!.Name))
        {
            text.Append(CultureInfo.InvariantCulture, $"  deliberate \"{group.Key}\": {group.Count()} differences\n");
        }

        return text.ToString();
    }
}
