using Automation.Versioning.Calculation;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>
/// GitVersion's incrementers for a commit on a main branch, in its order: a plain commit bumps (forced), a tagged
/// commit takes its tag, a merge takes what the merged branch's commits give, and the commit where the versioned
/// branch left main starts that branch's bump.
/// </summary>
internal static class TrunkRules
{
    public static void Apply(VersionContext context, MainlineIteration iteration, MainlineCommit commit, MainlineState state, List<MainlineStep> steps)
    {
        var configuration = context.Configuration;
        var effective = commit.GetEffectiveConfiguration(configuration);
        if (!effective.IsMainBranch)
        {
            return;
        }

        var last = commit.Successor is null;
        var iterationIsMain = iteration.GetEffectiveConfiguration(configuration).IsMainBranch;
        if (!commit.HasChildIteration && state.Version is null)
        {
            // A commit on main: a forced bump from the previous commit.
            if (commit.Predecessor is { } predecessor && predecessor.BranchName != commit.BranchName)
            {
                state.Label = null;
            }

            state.Label ??= MainlineCalculator.LabelOf(effective, commit.BranchName);
            state.ForceIncrement = true;
            steps.Add(state.Step(state.Source, force: true, state.Label));
            state.Source = commit.Value;
        }

        if (!commit.HasChildIteration && state.Version is { IsPreRelease: true } preRelease)
        {
            state.Source = commit.Value;
            steps.Add(new TakeVersion(preRelease, state.Source));
            if (last && iterationIsMain)
            {
                state.Increment = commit.IncrementOfBranch(configuration);
                state.Label = MainlineCalculator.LabelOf(effective, commit.BranchName);
                state.ForceIncrement = false;
                steps.Add(state.Step(state.Source, force: false, state.Label));
            }
        }

        if (!commit.HasChildIteration && state.Version is { IsPreRelease: false } stable)
        {
            state.Source = commit.Value;
            steps.Add(new TakeVersion(stable, state.Source));
            state.Label = MainlineCalculator.LabelOf(effective, commit.BranchName);
            if (last && iterationIsMain)
            {
                state.ForceIncrement = true;
                steps.Add(state.Step(state.Source, force: true, state.Label));
            }
        }

        if (commit.HasChildIteration && state.Version is null)
        {
            Merge(context, commit, state, steps);
        }

        if (commit.BranchName != iteration.BranchName && last)
        {
            BranchedHere(context, iteration, commit, state, steps);
        }
    }

    /// <summary>A merge into main: the merged commits' version and bump, within what main's prevent-increment allows.</summary>
    private static void Merge(VersionContext context, MainlineCommit commit, MainlineState state, List<MainlineStep> steps)
    {
        var configuration = context.Configuration;
        var child = commit.ChildIteration!;
        var merged = MainlineCalculator.Calculate(context, child, state.TargetLabel);
        var effective = commit.GetEffectiveConfiguration(configuration);
        state.Label ??= merged.Increment?.Label;
        var increment = VersionField.None;
        if (!effective.PreventIncrementOfMergedBranch)
        {
            increment = MainlineCalculator.Max(increment, state.Increment);
        }

        if (!child.GetEffectiveConfiguration(configuration).PreventIncrementWhenBranchMerged)
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
            state.ForceIncrement = merged.Increment?.Force ?? false;
        }
        else if (merged.Increment?.Alternative is { } alternative)
        {
            state.Alternatives.Add(alternative);
        }

        if (state.Version is { } version)
        {
            steps.Add(new TakeVersion(version, state.Source));
        }

        steps.Add(state.Step(state.Source, state.ForceIncrement, state.Label));
        state.Source = commit.Value;
    }

    /// <summary>The main commit the versioned branch left from: that branch's increment and label, forced.</summary>
    private static void BranchedHere(VersionContext context, MainlineIteration iteration, MainlineCommit commit, MainlineState state, List<MainlineStep> steps)
    {
        var configuration = context.Configuration;
        state.Source = commit.Value;
        var iterationConfiguration = iteration.GetEffectiveConfiguration(configuration);
        if (iterationConfiguration.IsReleaseBranch && MainlineWalker.VersionInName(context, iteration.BranchName) is { } named)
        {
            state.Alternatives.Add(named);
        }

        state.Increment = MainlineCommit.Inherits(iteration.Configuration)
            ? commit.IncrementOfBranch(configuration)
            : IncrementFinder.ToVersionField(iteration.Configuration.Increment!.Value);
        state.Label = MainlineCalculator.LabelOf(iterationConfiguration, iteration.BranchName) ?? state.Label;
        state.ForceIncrement = true;
        steps.Add(state.Step(state.Source, force: true, state.Label));
    }
}
