using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>
/// GitVersion's <c>FindVersion</c>: a tagged current commit gives its tag (unless the branch prevents that); otherwise
/// the next version through the deployment mode, raised to the newest version tagged on the branch it came from.
/// </summary>
internal static class VersionEngine
{
    public static CalculatedVersion Calculate(VersionContext context)
    {
        var name = context.CurrentBranch.NameWithoutRemote;
        var own = context.Configuration.GetBranchConfiguration(name);
        var effective = new EffectiveConfiguration(context.Configuration, own);
        var inherits = own.Increment is null or IncrementStrategy.Inherit;
        if (context.IsCurrentCommitTagged && !inherits && effective.PreventIncrementWhenCurrentCommitTagged && Tagged(context, effective, effective) is { } tagged)
        {
            return tagged;
        }

        var next = NextVersionCalculator.Calculate(context, EffectiveBranchFinder.Find(context));
        if (context.IsCurrentCommitTagged && inherits && next.Configuration.PreventIncrementWhenCurrentCommitTagged
            && Tagged(context, next.Configuration, effective) is { } inherited)
        {
            return inherited;
        }

        var result = DeploymentModes.Apply(context, next, effective);
        var highest = TaggedVersionQuery.Find(context, next.Branch, null, TagSources.OfBranch)
            .Select(t => t.Tag.Version)
            .Aggregate((SemanticVersion?)null, (max, v) => max is null || v.CompareTo(max) > 0 ? v : max);
        if (highest is not null && result.Version.CompareTo(highest, includePreRelease: false) < 0)
        {
            result = result with { Version = result.Version with { Major = highest.Major, Minor = highest.Minor, Patch = highest.Patch } };
        }

        return result;
    }

    private static CalculatedVersion? Tagged(VersionContext context, EffectiveConfiguration configuration, EffectiveConfiguration branchConfiguration)
    {
        var label = BranchLabel.For(configuration, context.CurrentBranch.NameWithoutRemote);
        var version = context.TagsOn(context.CurrentCommit)
            .Select(t => t.Version)
            .Where(v => v.MatchesLabel(label))
            .Aggregate((SemanticVersion?)null, (max, v) => max is null || v.CompareTo(max) > 0 ? v : max);
        if (version is null)
        {
            return null;
        }

        var tagged = version;
        if (configuration.Mode == DeploymentMode.ContinuousDeployment)
        {
            version = version with { PreReleaseTag = PreReleaseTag.Empty };
        }

        return new CalculatedVersion(version, null, context.CurrentCommit, 0, branchConfiguration, tagged);
    }
}
