using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>
/// On a main branch, the bump comes from what was merged: each branch merged along the first-parent history since
/// the version source contributes the increment of its own configuration (a feature merged into main bumps the
/// minor when features are <c>Minor</c>), and the main branch's own increment counts only when it has commits of
/// its own besides the merges. With <c>prevent-increment.of-merged-branch</c> the merged branch's increment replaces
/// the main branch's; otherwise the higher of the two is taken.
/// </summary>
/// <remarks>
/// Every tag is a version source, and each asks about a prefix of the same first-parent history. Only the highest
/// increment is used, so running maxima along that history (per label for the messages, per configuration for the
/// merges) answer each source without walking its commits.
/// </remarks>
internal sealed class MergedBranchIncrements(VersionContext context)
{
    private readonly Dictionary<(string Label, CommitMessageIncrementMode Mode), (VersionField?[] OfCommits, VersionField?[] OfMerges)> _messageMaxima = [];
    private readonly Dictionary<EffectiveConfiguration, List<(bool TakesOwn, VersionField? Highest)>> _mergeMaxima = new(ReferenceEqualityComparer.Instance);
    private FirstParentHistory? _history;

    /// <summary>The bump for the version source <paramref name="source"/> (<paramref name="targetIncrement"/> when nothing was merged since).</summary>
    public VersionField Find(int? source, bool shouldIncrement, EffectiveConfiguration target, string? label, VersionField targetIncrement)
    {
        _history ??= new FirstParentHistory(context);
        var length = _history.LengthUntil(source);
        var merges = _history.MergesWithin(length);
        if (merges == 0)
        {
            return targetIncrement;
        }

        var messages = MessagesFor(target, label);
        var ownIncrement = IncrementFinder.Combine(messages.OfCommits[length], shouldIncrement, target);
        VersionField? highest = merges < length || messages.OfMerges[merges] is not null ? ownIncrement : null;
        var merged = MergesFor(target, merges);
        if (merged.TakesOwn)
        {
            highest = Higher(highest, ownIncrement);
        }

        return Higher(highest, merged.Highest) ?? targetIncrement;
    }

    /// <summary>The highest bump message along the history that still counts, per prefix: of all its commits, and of its merges alone.</summary>
    private (VersionField?[] OfCommits, VersionField?[] OfMerges) MessagesFor(EffectiveConfiguration target, string? label)
    {
        var key = (label ?? "\0", target.CommitMessageIncrementing);
        if (_messageMaxima.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var commits = _history!.Commits;
        var ofCommits = new VersionField?[commits.Count + 1];
        for (var position = 0; position < commits.Count; position++)
        {
            ofCommits[position + 1] = Higher(ofCommits[position], context.Increments.CountingMessageIncrement(commits[position], target, label));
        }

        var ofMerges = new VersionField?[_history.Merges.Count + 1];
        for (var merge = 0; merge < _history.Merges.Count; merge++)
        {
            ofMerges[merge + 1] = Higher(ofMerges[merge], context.Increments.CountingMessageIncrement(_history.Merges[merge].Commit, target, label));
        }

        return _messageMaxima[key] = (ofCommits, ofMerges);
    }

    /// <summary>
    /// What the first <paramref name="count"/> merges bring for <paramref name="target"/>: whether one of them lets the
    /// main branch's own increment through, and the highest merged-branch increment that counts. Extended on demand,
    /// as what a merge brings costs a look at the merged branch.
    /// </summary>
    private (bool TakesOwn, VersionField? Highest) MergesFor(EffectiveConfiguration target, int count)
    {
        if (!_mergeMaxima.TryGetValue(target, out var maxima))
        {
            _mergeMaxima[target] = maxima = [(false, null)];
        }

        while (maxima.Count <= count)
        {
            var (commit, branch) = _history!.Merges[maxima.Count - 1];
            var (preventWhenMerged, increments) = MergeContribution.Of(context, commit, branch, target);
            var (takesOwn, highest) = maxima[^1];
            foreach (var increment in increments)
            {
                // The merged branch's increment replaces the main branch's, is ignored, or the higher of both counts.
                takesOwn |= !target.PreventIncrementOfMergedBranch || preventWhenMerged == true;
                if (target.PreventIncrementOfMergedBranch ? preventWhenMerged != true : preventWhenMerged is null)
                {
                    highest = Higher(highest, increment);
                }
            }

            maxima.Add((takesOwn, highest));
        }

        return maxima[count];
    }

    private static VersionField? Higher(VersionField? a, VersionField? b) => a is null || b > a ? b : a;
}
