using Automation.Versioning.Calculation;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>
/// GitVersion's incrementers for a commit on a branch that is not a main branch, in its order: the first commit of a
/// release branch offers the version in its name, the newest commit bumps, a tagged commit takes its tag, a merge
/// takes what the merged branch's commits give, and the commit where the versioned branch left this one starts its
/// bump.
/// </summary>
internal static class BranchRules
{
    public static void Apply(VersionContext context, MainlineIteration iteration, MainlineCommit commit, MainlineState state, List<MainlineStep> steps)
    {
        var configuration = context.Configuration;
        var effective = commit.GetEffectiveConfiguration(configuration);
        if (effective.IsMainBranch)
        {
            return;
        }

        var last = commit.Successor is null;
        if (!commit.HasChildIteration && effective.IsReleaseBranch && state.Version is null
            && (commit.Predecessor is null || commit.BranchName != commit.Predecessor.BranchName)
            && MainlineWalker.VersionInName(context, commit.BranchName) is { } named)
        {
            state.Alternatives.Add(named);
        }

        if (!commit.HasChildIteration && state.Version is null)
        {
            if (commit.Predecessor is { } predecessor && predecessor.BranchName != commit.BranchName)
            {
                state.Label = null;
            }

            state.Label ??= MainlineCalculator.LabelOf(effective, commit.BranchName);
            if (last)
            {
                steps.Add(state.Step(state.Source, state.ForceIncrement, state.Label));
                state.Source = commit.Value;
                state.ForceIncrement = false;
            }
        }

        if (!commit.HasChildIteration && state.Version is { } tagged)
        {
            state.Source = commit.Value;
            steps.Add(new TakeVersion(tagged, state.Source));
            state.Increment = commit.IncrementOfBranch(configuration);
            state.Label = MainlineCalculator.LabelOf(effective, commit.BranchName);
            if (tagged.IsPreRelease)
            {
                state.ForceIncrement = false;
            }

            if (last)
            {
                steps.Add(state.Step(state.Source, force: !tagged.IsPreRelease, state.Label));
            }
        }

        if (commit.HasChildIteration && state.Version is null)
        {
            Merge(context, commit, state);
            if (last)
            {
                steps.Add(state.Step(state.Source, state.ForceIncrement, state.TargetLabel ?? state.Label));
            }
        }

        if (commit.BranchName != iteration.BranchName && last)
        {
            state.Source = commit.Value;
            var increment = MainlineCommit.Inherits(iteration.Configuration)
                ? commit.IncrementOfBranch(configuration)
                : IncrementFinder.ToVersionField(iteration.Configuration.Increment!.Value);
            state.Increment = MainlineCalculator.Max(state.Increment, increment);
            state.Label = MainlineCalculator.LabelOf(iteration.GetEffectiveConfiguration(configuration), iteration.BranchName) ?? state.Label;
            state.ForceIncrement = true;
            steps.Add(new IncrementVersion(null, VersionField.None, false, state.Label, state.MaxAlternative()));
        }
    }

    /// <summary>A merge into a branch: the merged commits' bump (as the branch's prevent-increment allows) and version.</summary>
    private static void Merge(VersionContext context, MainlineCommit commit, MainlineState state)
    {
        var configuration = context.Configuration;
        var merged = MainlineCalculator.Calculate(context, commit.ChildIteration!, state.TargetLabel);
        var effective = commit.GetEffectiveConfiguration(configuration);
        state.Label ??= merged.Increment?.Label;
        var increment = VersionField.None;
        if (!effective.PreventIncrementOfMergedBranch)
        {
            increment = MainlineCalculator.Max(increment, state.Increment);
        }

        if (!effective.PreventIncrementWhenBranchMerged)
        {
            increment = MainlineCalculator.Max(increment, merged.Increment?.Field ?? VersionField.None);
        }

        if (effective.CommitMessageIncrementing != Configuration.CommitMessageIncrementMode.Disabled)
        {
            increment = MainlineCalculator.Max(increment, commit.Increment);
        }

        state.Increment = increment;
        if (merged.Source is not null)
        {
            state.Source = merged.Source;
            state.Version = merged.Version;
            return;
        }

        if (!merged.Version.SameAs(SemanticVersion.Zero))
        {
            state.Alternatives.Add(merged.Version);
        }

        if (merged.Increment?.Alternative is { } alternative)
        {
            state.Alternatives.Add(alternative);
        }
    }
}
