namespace Automation.Core;

/// <summary>Finds the candidates closest to a mistyped name, for "did you mean" messages.</summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = 3)
    {
        var wanted = Naming.Normalize(input);
        return candidates
            .Distinct(StringComparer.Ordinal)
            .Select(candidate => (candidate, normalized: Naming.Normalize(candidate)))
            .Select(c => (c.candidate, score: Score(wanted, c.normalized)))
            .Where(c => c.score <= Math.Max(2, wanted.Length / 3))
            .OrderBy(c => c.score)
            .ThenBy(c => c.candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(c => c.candidate)
            .ToList();
    }

    /// <summary>A text fragment like <c> Did you mean 'pack' or 'publish'?</c>, or empty.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates, string prefix = "")
    {
        var closest = Closest(input, candidates);
        return closest.Count switch
        {
            0 => string.Empty,
            1 => $" Did you mean '{prefix}{closest[0]}'?",
            _ => $" Did you mean {string.Join(", ", closest.Take(closest.Count - 1).Select(c => $"'{prefix}{c}'"))} or '{prefix}{closest[^1]}'?",
        };
    }

    private static int Score(string wanted, string candidate)
    {
        if (wanted.Length > 0 && (candidate.StartsWith(wanted, StringComparison.Ordinal) || wanted.StartsWith(candidate, StringComparison.Ordinal)))
        {
            return 1;
        }

        return Distance(wanted, candidate);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
