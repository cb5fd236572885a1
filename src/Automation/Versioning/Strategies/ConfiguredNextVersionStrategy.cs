using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary><c>next-version</c> from the configuration is a base version, with the branch's label, counted from nowhere.</summary>
internal sealed class ConfiguredNextVersionStrategy : IVersionStrategy
{
    public IEnumerable<BaseVersion> GetBaseVersions(VersionContext context, EffectiveBranch configuration)
    {
        var text = context.Configuration.NextVersion;
        if (!context.Configuration.Strategies.HasFlag(VersionStrategies.ConfiguredNextVersion) || string.IsNullOrEmpty(text))
        {
            yield break;
        }

        if (!SemanticVersionParser.TryParse(text, context.Configuration.TagPrefix, context.Configuration.SemanticVersionFormat, out var version))
        {
            throw new VersioningException($"next-version '{text}' is not a semantic version ({context.Configuration.SemanticVersionFormat} format).");
        }

        var label = BranchLabel.For(configuration.Value, context.CurrentBranch.NameWithoutRemote);
        if (version.MatchesLabel(label))
        {
            var increment = !version.IsPreRelease || (label is not null && version.PreReleaseTag.Name != label)
                ? new VersionIncrement(VersionField.None, label)
                : null;
            yield return new BaseVersion("NextVersion in GitVersion configuration file", version, null, increment);
        }
    }
}
