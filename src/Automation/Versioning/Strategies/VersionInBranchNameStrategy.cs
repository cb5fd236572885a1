using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>
/// On a release branch, the version in the branch name (<c>release/2.0.0</c>) is a base version, not incremented and
/// not counted from any commit; text after the version can stand in for the branch name in the label.
/// </summary>
internal sealed class VersionInBranchNameStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration)
    {
        if (context.Configuration.Strategies.HasFlag(VersionStrategies.VersionInBranchName) && TryGet(context, configuration, out var version))
        {
            yield return version;
        }
    }

    /// <summary>The version in the current branch's name, or else in the configuration's branch name.</summary>
    public static bool TryGet(VersionContext context, EffectiveBranch configuration, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BaseVersion? version)
    {
        version = null;
        if (!configuration.Value.IsReleaseBranch)
        {
            return false;
        }

        var current = context.CurrentBranch.NameWithoutRemote;
        foreach (var name in new[] { current, configuration.Branch.NameWithoutRemote })
        {
            if (!VersionInBranchName.TryParse(name, context.Configuration, out var found, out var rest))
            {
                continue;
            }

            string? nameOverride = null;
            if (rest is not null && (name == current || context.Configuration.GetBranchConfiguration(current).Label is null))
            {
                nameOverride = rest;
            }

            var label = BranchLabel.For(configuration.Value, current, nameOverride);
            version = new BaseVersion("Version in branch name", found, null, new VersionIncrement(VersionField.None, label));
            return true;
        }

        return false;
    }
}
