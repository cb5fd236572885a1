using Automation.Versioning.Calculation;

namespace Automation.Versioning.Strategies;

/// <summary>A way of finding base versions for the current branch under one effective configuration.</summary>
internal interface IVersionStrategy
{
    IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration);
}
