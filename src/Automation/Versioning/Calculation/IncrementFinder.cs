using System.Text.RegularExpressions;
using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// Decides which field to bump: the branch's <c>increment</c>, raised by <c>+semver:</c> messages in the commits since
/// the version source (commits already covered by a version tag of the same label, and their history, do not count).
/// A message never lowers the bump below the branch's increment.
/// </summary>
internal sealed class IncrementFinder(VersionContext context)
{
    private readonly Dictionary<int, VersionField?> _messageIncrements = [];
    private readonly Dictionary<(string, bool), UncoveredBumps> _uncovered = [];
    private readonly Dictionary<string, CommitSet> _uncoveredHistory = new(StringComparer.Ordinal);
    private Regex[]? _regexes;

    /// <summary>
    /// The field to bump for a version whose source is <paramref name="baseVersionSource"/>. As in GitVersion 6.8's
    /// GitFlow and GitHubFlow, only the branch's own increment and the messages count: a branch merged into main does
    /// not bring its own increment (main after a merged feature of a <c>Minor</c> branch still bumps the patch).
    /// </summary>
    public VersionField Determine(int? baseVersionSource, bool shouldIncrement, EffectiveConfiguration configuration, string? label) =>
        Determine(context.CurrentCommit, baseVersionSource, shouldIncrement, configuration, label);

    /// <summary>The bump for the commits from <paramref name="baseVersionSource"/> to <paramref name="head"/>.</summary>
    public VersionField Determine(int head, int? baseVersionSource, bool shouldIncrement, EffectiveConfiguration configuration, string? label) =>
        Combine(FromMessages(head, configuration, baseVersionSource, label), shouldIncrement, configuration);

    /// <summary>
    /// The bump given the highest bump message (null when none names one): a message never lowers the bump below the
    /// branch's increment, and without one the branch's increment applies only when <paramref name="shouldIncrement"/>.
    /// </summary>
    public static VersionField Combine(VersionField? fromMessages, bool shouldIncrement, EffectiveConfiguration configuration)
    {
        var defaultIncrement = ToVersionField(configuration.Increment);
        if (fromMessages is null)
        {
            return shouldIncrement ? defaultIncrement : VersionField.None;
        }

        return shouldIncrement && fromMessages < defaultIncrement ? defaultIncrement : fromMessages.Value;
    }

    /// <summary>The increment of a branch configuration as a version field (<c>Inherit</c> bumps nothing).</summary>
    public static VersionField ToVersionField(IncrementStrategy increment) => increment switch
    {
        IncrementStrategy.Major => VersionField.Major,
        IncrementStrategy.Minor => VersionField.Minor,
        IncrementStrategy.Patch => VersionField.Patch,
        _ => VersionField.None,
    };

    /// <summary>The highest bump named by a message in the commits, or null when none names one.</summary>
    private VersionField? FromMessages(int head, EffectiveConfiguration configuration, int? baseVersionSource, string? label)
    {
        if (configuration.CommitMessageIncrementing == CommitMessageIncrementMode.Disabled)
        {
            return null;
        }

        var graph = context.Graph;
        var mergesOnly = configuration.CommitMessageIncrementing == CommitMessageIncrementMode.MergeMessageOnly;
        if (head == context.CurrentCommit)
        {
            var key = (label ?? "\0", mergesOnly);
            if (!_uncovered.TryGetValue(key, out var bumps))
            {
                _uncovered[key] = bumps = new UncoveredBumps(graph, UncoveredHistory(label), MessageIncrement, mergesOnly);
            }

            return bumps.Highest(baseVersionSource);
        }

        var commits = WithoutTaggedHistory(context.Range(baseVersionSource, head), label);
        VersionField? result = null;
        foreach (var index in commits.Indexes())
        {
            if (mergesOnly && !graph.IsMerge(index))
            {
                continue;
            }

            if (MessageIncrement(index) is { } field && (result is null || field > result))
            {
                result = field;
            }
        }

        return result;
    }

    /// <summary>The current commit's history without the commits covered by a version tag usable with <paramref name="label"/> (cached).</summary>
    private CommitSet UncoveredHistory(string? label)
    {
        var key = label ?? "\0";
        if (!_uncoveredHistory.TryGetValue(key, out var set))
        {
            _uncoveredHistory[key] = set = WithoutTaggedHistory(context.Graph.AncestorsOf(context.CurrentCommit), label);
        }

        return set;
    }

    /// <summary>
    /// The range without the commits that carry a version tag usable with <paramref name="label"/> and everything in
    /// the range they build on.
    /// </summary>
    private CommitSet WithoutTaggedHistory(CommitSet range, string? label)
    {
        var graph = context.Graph;
        var covered = new CommitSet(graph.Count);
        var any = false;
        foreach (var tag in context.AllTags)
        {
            if (range.Contains(tag.Commit) && tag.Version.MatchesLabel(label))
            {
                covered.Add(tag.Commit);
                any = true;
            }
        }

        if (!any)
        {
            return range;
        }

        foreach (var index in range.Indexes())
        {
            if (!covered.Contains(index))
            {
                continue;
            }

            foreach (var parent in graph.ParentsOf(index))
            {
                if (range.Contains(parent))
                {
                    covered.Add(parent);
                }
            }
        }

        return range.Except(covered);
    }

    /// <summary>The bump the message of <paramref name="commit"/> names (null: none; an ignored commit names none).</summary>
    public VersionField? OfMessage(int commit) => MessageIncrement(commit);

    private VersionField? MessageIncrement(int index)
    {
        if (_messageIncrements.TryGetValue(index, out var cached))
        {
            return cached;
        }

        if (context.IsIgnored(index))
        {
            return _messageIncrements[index] = null;
        }

        var configuration = context.Configuration;
        _regexes ??= [.. new[] { configuration.NoBumpMessage, configuration.MajorVersionBumpMessage, configuration.MinorVersionBumpMessage, configuration.PatchVersionBumpMessage }
            .Select(pattern => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))];
        var message = context.Graph[index].Message;
        VersionField? result = _regexes[0].IsMatch(message) ? VersionField.None
            : _regexes[1].IsMatch(message) ? VersionField.Major
            : _regexes[2].IsMatch(message) ? VersionField.Minor
            : _regexes[3].IsMatch(message) ? VersionField.Patch
            : null;
        _messageIncrements[index] = result;
        return result;
    }
}
