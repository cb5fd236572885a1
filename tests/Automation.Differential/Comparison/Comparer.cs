using Automation.Differential.Oracle;

namespace Automation.Differential.Comparison;

/// <summary>Compares every variable of two answers (the union of both engines' variable names).</summary>
public static class Comparer
{
    public static IReadOnlyList<Difference> Compare(EngineAnswer ours, EngineAnswer theirs)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        if (!ours.Answered && !theirs.Answered)
        {
            return [];
        }

        if (!ours.Answered || !theirs.Answered)
        {
            var mine = ours.Answered ? ours["FullSemVer"]! : $"(error: {ours.Error})";
            var other = theirs.Answered ? theirs["FullSemVer"]! : $"(error: {theirs.Error})";
            return [new Difference("(answer)", mine, other, DeliberateDifferences.Explain(ours, theirs, "(answer)"))];
        }

        var differences = new List<Difference>();
        foreach (var name in ours.Variables!.Keys.Union(theirs.Variables!.Keys).Order(StringComparer.Ordinal))
        {
            var mine = ours[name] ?? "(missing)";
            var other = theirs[name] ?? "(missing)";
            if (!string.Equals(mine, other, StringComparison.Ordinal))
            {
                differences.Add(new Difference(name, mine, other, DeliberateDifferences.Explain(ours, theirs, name)));
            }
        }

        return differences;
    }
}
