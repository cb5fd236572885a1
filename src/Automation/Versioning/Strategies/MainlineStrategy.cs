using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;
using Automation.Versioning.Strategies.Mainline;

namespace Automation.Versioning.Strategies;

/// <summary>
/// GitVersion's Mainline strategy (the <c>TrunkBased/preview1</c> workflow): every commit on main is a release, so
/// main bumps once per commit (or per merge) since its last tag; a branch counts from the main commit it left, with
/// its own increment and label. One base version, already incremented step by step up to the last step.
/// </summary>
internal sealed class MainlineStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration)
    {
        if (!context.Configuration.Strategies.HasFlag(VersionStrategies.Mainline))
        {
            yield break;
        }

        var version = new MainlineWalker(context).Walk(configuration);
        var increment = version.Increment is { } step ? new VersionIncrement(step.Field, step.Label, step.Alternative, Force: step.Force) : null;
        yield return new BaseVersion("Mainline", version.Version, version.Source, increment);
    }
}
