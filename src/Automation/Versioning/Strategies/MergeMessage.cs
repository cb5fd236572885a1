using System.Text.RegularExpressions;
using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Strategies;

/// <summary>A merge commit message understood by GitVersion: the merged branch and the version in its name.</summary>
internal sealed record MergeMessage(string MergedBranch, SemanticVersion? Version)
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex[] Defaults =
    [
        new(@"^Merge (branch|tag) '(?<SourceBranch>[^']*)'(?: into (?<TargetBranch>[^\s]*))*", Options),
        new(@"^Finish (?<SourceBranch>[^\s]*)(?: into (?<TargetBranch>[^\s]*))*", Options),
        new(@"^Merge pull request #(?<PullRequestNumber>\d+) (from|in) (?<Source>.*) from (?<SourceBranch>[^\s]*) to (?<TargetBranch>[^\s]*)", Options),
        new(@"^Pull request #(?<PullRequestNumber>\d+).*\r?\n\r?\nMerge in (?<Source>.*) from (?<SourceBranch>[^\s]*) to (?<TargetBranch>[^\s]*)", Options),
        new(@"^Merged in (?<SourceBranch>[^\s]*) \(pull request #(?<PullRequestNumber>\d+)\)", Options),
        new(@"^Merge pull request #(?<PullRequestNumber>\d+) (from|in) (?:[^\s\/]+\/)?(?<SourceBranch>[^\s]*)(?: into (?<TargetBranch>[^\s]*))*", Options),
        new(@"^Merge remote-tracking branch '(?<SourceBranch>[^\s]*)'(?: into (?<TargetBranch>[^\s]*))*", Options),
        new(@"^Merge pull request (?<PullRequestNumber>\d+) from (?<SourceBranch>[^\s]*) into (?<TargetBranch>[^\s]*)", Options),
    ];

    /// <summary>
    /// Parses the message of a merge commit (or of a single-parent commit whose message names a release branch, as a
    /// squash merge leaves).
    /// </summary>
    public static MergeMessage? TryParse(string message, bool isMerge, VersioningConfiguration configuration)
    {
        if (configuration.MergeMessageFormats.Count == 0 && !LooksLikeMerge(message))
        {
            return null;
        }

        foreach (var regex in configuration.MergeMessageFormats.Select(f => new Regex(f.Value, Options)).Concat(Defaults))
        {
            var match = regex.Match(message);
            if (!match.Success)
            {
                continue;
            }

            var branch = WithoutRemote(match.Groups["SourceBranch"].Value);
            var isRelease = branch.Length > 0 && configuration.IsReleaseBranch(branch);
            if (!isMerge && !isRelease)
            {
                return null;
            }

            SemanticVersion? version = VersionInBranchName.TryParse(branch, configuration, out var found, out _) ? found : null;
            return new MergeMessage(branch, version);
        }

        return null;
    }

    private static bool LooksLikeMerge(string message) =>
        message.StartsWith("Merge", StringComparison.OrdinalIgnoreCase)
        || message.StartsWith("Finish", StringComparison.OrdinalIgnoreCase)
        || message.StartsWith("Pull request", StringComparison.OrdinalIgnoreCase);

    private static string WithoutRemote(string branch)
    {
        foreach (var prefix in (string[])["refs/heads/", "refs/remotes/origin/", "remotes/origin/", "origin/"])
        {
            if (branch.StartsWith(prefix, StringComparison.Ordinal))
            {
                return branch[prefix.Length..];
            }
        }

        return branch;
    }
}
