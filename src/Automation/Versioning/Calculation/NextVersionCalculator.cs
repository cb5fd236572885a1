using Automation.Versioning.Configuration;
using Automation.Versioning.Strategies;

namespace Automation.Versioning.Calculation;

/// <summary>
/// Runs the strategies for every effective configuration of the current branch and picks the next version: the
/// highest incremented version, counted from the newest source among the candidates that give that same version,
/// else from the source of the highest candidate that has one.
/// </summary>
internal static class NextVersionCalculator
{
    private static readonly IVersionStrategy[] Strategies =
    [
        new ConfiguredNextVersionStrategy(),
        new MergeMessageStrategy(),
        new TaggedCommitStrategy(),
        new TrackReleaseBranchesStrategy(),
        new VersionInBranchNameStrategy(),
        new MainlineStrategy(),
    ];

    private static readonly FallbackStrategy Fallback = new();

    public static NextVersion Calculate(VersionContext context, IReadOnlyList<EffectiveBranch> configurations)
    {
        var candidates = new List<NextVersion>();
        foreach (var configuration in configurations)
        {
            // A base version counted from an ignored commit does not count (GitVersion's version filters).
            var found = Strategies.SelectMany(s => s.GetBaseVersions(context, configuration)).Where(b => b.Source is not { } source || !context.IsIgnored(source)).ToList();
            if (found.Count == 0)
            {
                found = [.. Fallback.GetBaseVersions(context, configuration)];
            }

            candidates.AddRange(found.Select(b => new NextVersion(b.Incremented(), b, configuration.Value, configuration.Branch)));
        }

        if (candidates.Count == 0)
        {
            throw new VersioningException($"No base version could be determined for branch '{context.CurrentBranch.Name}'.");
        }

        var max = candidates[0];
        foreach (var candidate in candidates.Skip(1))
        {
            if (candidate.Incremented.CompareTo(max.Incremented) > 0)
            {
                max = candidate;
            }
        }

        var graph = context.Graph;
        var sameVersion = candidates.Where(c => c.Base.CountFrom is not null && c.Incremented.SameAs(max.Incremented)).ToList();
        int? countFrom;
        if (sameVersion.Count > 1)
        {
            var newest = sameVersion.Aggregate((a, b) => graph.IsNewer(b.Base.CountFrom!.Value, a.Base.CountFrom!.Value) ? b : a);
            countFrom = newest.Base.CountFrom;
            max = newest;
        }
        else
        {
            IEnumerable<NextVersion> filtered = candidates;
            if (!max.Incremented.IsPreRelease)
            {
                filtered = filtered.Where(c => !c.Base.Version.IsPreRelease);
            }

            var withSource = filtered.Where(c => c.Base.CountFrom is not null).ToList();
            var chosen = withSource.Count > 0
                ? withSource.Aggregate((a, b) => Better(graph, b, a) ? b : a)
                : filtered.FirstOrDefault();
            countFrom = chosen?.Base.CountFrom;
        }

        return max with { Base = max.Base with { Source = countFrom, Increment = max.Base.Increment is null ? null : max.Base.Increment with { Source = null } } };
    }

    /// <summary>Whether <paramref name="candidate"/> ranks before <paramref name="current"/>: higher version, then newer source.</summary>
    private static bool Better(Git.CommitGraph graph, NextVersion candidate, NextVersion current)
    {
        var byVersion = candidate.Incremented.CompareTo(current.Incremented);
        return byVersion != 0 ? byVersion > 0 : graph.IsNewer(candidate.Base.CountFrom!.Value, current.Base.CountFrom!.Value);
    }
}
