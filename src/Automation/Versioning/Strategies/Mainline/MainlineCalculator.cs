using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>
/// Turns a walked iteration into a version: each commit, oldest first, updates the state and the rules that hold
/// for it (in GitVersion's order, each seeing what the ones before it changed) add steps; the steps, applied in
/// order, give the version. A merge the walk followed is calculated the same way, recursively.
/// </summary>
internal static class MainlineCalculator
{
    public static MainlineVersion Calculate(VersionContext context, MainlineIteration iteration, string? targetLabel)
    {
        MainlineVersion? result = null;
        foreach (var step in Steps(context, iteration, targetLabel))
        {
            result = step switch
            {
                TakeVersion take => new MainlineVersion(take.Version, take.Source, null),
                IncrementVersion increment => (result ?? MainlineVersion.Empty).Then(increment),
                _ => result,
            };
        }

        return result ?? throw new VersioningException($"The Mainline strategy found no commit to version on branch '{iteration.BranchName}' (every commit of its history is ignored).");
    }

    /// <summary>The label of a branch under a configuration (the branch name without its remote).</summary>
    public static string? LabelOf(EffectiveConfiguration configuration, string branchName) =>
        BranchLabel.For(configuration, MainlineNames.WithoutRemote(branchName));

    private static List<MainlineStep> Steps(VersionContext context, MainlineIteration iteration, string? targetLabel)
    {
        var configuration = context.Configuration;
        var state = new MainlineState(targetLabel);
        var steps = new List<MainlineStep>();
        foreach (var commit in iteration.Commits)
        {
            TakeTags(configuration, iteration, commit, state);
            TakeIncrement(context, commit, state);
            TrunkRules.Apply(context, iteration, commit, state, steps);
            BranchRules.Apply(context, iteration, commit, state, steps);

            state.Version = null;
            if (commit.GetEffectiveConfiguration(configuration).IsMainBranch)
            {
                // A commit of the main branch closes what the commits before it started.
                state.Increment = VersionField.None;
                state.Label = null;
                state.Alternatives.Clear();
            }
        }

        return steps;
    }

    /// <summary>The highest tag of the commit matching the label becomes the state's version; other tags only raise it.</summary>
    private static void TakeTags(VersioningConfiguration configuration, MainlineIteration iteration, MainlineCommit commit, MainlineState state)
    {
        var label = state.TargetLabel
            ?? LabelOf(iteration.GetEffectiveConfiguration(configuration), commit.BranchName)
            ?? LabelOf(commit.GetEffectiveConfiguration(configuration), commit.BranchName);
        SemanticVersion? highest = null;
        foreach (var version in commit.Versions)
        {
            if (!version.MatchesLabel(label))
            {
                state.Alternatives.Add(version);
            }
            else if (highest is null || version.CompareTo(highest) > 0)
            {
                highest = version;
            }
        }

        state.Version = highest;
    }

    /// <summary>The bump grows by the branch's increment and the commit's message; the label and source follow the branch.</summary>
    private static void TakeIncrement(VersionContext context, MainlineCommit commit, MainlineState state)
    {
        var configuration = context.Configuration;
        var effective = commit.GetEffectiveConfiguration(configuration);
        var byMessage = commit.Value is { } value && !commit.IsPlaceholder ? MessageIncrement(context, value, effective) : VersionField.None;
        commit.Increment = byMessage;
        state.Increment = Max(state.Increment, Max(IncrementFinder.ToVersionField(effective.Increment), byMessage));
        if (commit.Predecessor is { } predecessor && predecessor.BranchName != commit.BranchName)
        {
            state.Label = null;
        }

        state.Label ??= LabelOf(effective, commit.BranchName);
        if (effective.IsMainBranch)
        {
            state.Source = commit.Predecessor?.Value;
        }

        state.ForceIncrement |= effective.IsMainBranch || commit.IsPredecessorTheLastCommitOnTrunk(configuration);
    }

    private static VersionField MessageIncrement(VersionContext context, int commit, EffectiveConfiguration configuration) => configuration.CommitMessageIncrementing switch
    {
        CommitMessageIncrementMode.Disabled => VersionField.None,
        CommitMessageIncrementMode.MergeMessageOnly when !context.Graph.IsMerge(commit) => VersionField.None,
        _ => context.Increments.OfMessage(commit) ?? VersionField.None,
    };

    public static VersionField Max(VersionField a, VersionField b) => a > b ? a : b;
}
