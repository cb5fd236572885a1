using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>
/// When no other strategy found anything: 0.0.0 incremented by the branch's increment, counted from the newest tag of
/// the branch's label (in practice: from the first commit).
/// </summary>
internal sealed class FallbackStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration)
    {
        if (!context.Configuration.Strategies.HasFlag(VersionStrategies.Fallback))
        {
            yield break;
        }

        var label = BranchLabel.For(configuration.Value, context.CurrentBranch.NameWithoutRemote);
        var tagged = TaggedVersionQuery.Find(context, context.CurrentBranch, label, configuration.Value.TagSources());
        int? source = tagged.Count > 0 ? tagged[0].Key : null;
        var increment = context.Increments.Determine(source, shouldIncrement: true, configuration.Value, label);
        yield return new BaseVersion("Fallback base version", SemanticVersion.Zero, null, new VersionIncrement(increment, label, Source: source));
    }
}
