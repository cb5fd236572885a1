using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// The effective configurations of the current branch. A branch with a concrete increment is its own; a branch
/// whose increment is <c>Inherit</c> takes the missing values from each branch it was created from, recursively
/// (feature → develop), so it may get several. Each branch is visited once.
/// </summary>
internal static class EffectiveBranchFinder
{
    public static List<EffectiveBranch> Find(VersionContext context) => Find(context, context.CurrentBranch);

    /// <summary>The effective configurations of <paramref name="branch"/> (empty for an orphan that inherits).</summary>
    public static List<EffectiveBranch> Find(VersionContext context, GitBranch branch)
    {
        var result = new List<EffectiveBranch>();
        Visit(context, branch, null, new HashSet<string>(StringComparer.Ordinal), result);
        return result;
    }

    private static void Visit(VersionContext context, GitBranch branch, BranchConfiguration? child, HashSet<string> traversed, List<EffectiveBranch> result)
    {
        if (!traversed.Add(branch.Name))
        {
            return;
        }

        var configuration = context.Configuration.GetBranchConfiguration(branch.NameWithoutRemote);
        if (child is not null)
        {
            configuration = child.Inherit(configuration) with { SourceBranches = child.SourceBranches };
        }

        if (configuration.Increment is null or IncrementStrategy.Inherit)
        {
            var sources = context.SourceBranches.Find(branch, traversed);
            if (sources.Count > 0)
            {
                foreach (var source in sources)
                {
                    Visit(context, source, configuration, traversed, result);
                }

                return;
            }

            if (context.Configuration.Root.Increment is null or IncrementStrategy.Inherit)
            {
                // An orphan that inherits with nothing to inherit from: GitVersion skips it (and fails when it is the
                // current branch); here the current branch then bumps the patch.
                if (branch != context.CurrentBranch)
                {
                    return;
                }

                configuration = configuration with { Increment = IncrementStrategy.Patch };
            }
        }

        result.Add(new EffectiveBranch(new EffectiveConfiguration(context.Configuration, configuration), branch));
    }
}
