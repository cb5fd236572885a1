using Automation.Versioning.Configuration;

namespace Automation.Versioning.Calculation;

/// <summary>
/// Applies the deployment mode to the next version. ManualDeployment keeps the pre-release number and shows the
/// commit count as build metadata; ContinuousDelivery adds the commit count to the pre-release number;
/// ContinuousDeployment drops the pre-release tag.
/// </summary>
internal static class DeploymentModes
{
    public static CalculatedVersion Apply(VersionContext context, NextVersion next, EffectiveConfiguration branchConfiguration)
    {
        var source = next.Base.CountFrom;
        var count = context.Range(source, context.CurrentCommit).Count;
        var version = next.Incremented;
        return next.Configuration.Mode switch
        {
            DeploymentMode.ManualDeployment => new CalculatedVersion(version, count, source, count, branchConfiguration, next.Base.Version),
            DeploymentMode.ContinuousDelivery => new CalculatedVersion(
                version.WithPreReleaseNumber((version.PreReleaseTag.Number ?? 1) + count - 1), null, source, count, branchConfiguration, next.Base.Version),
            _ => new CalculatedVersion(version with { PreReleaseTag = PreReleaseTag.Empty }, null, source, count, branchConfiguration, next.Base.Version),
        };
    }
}
