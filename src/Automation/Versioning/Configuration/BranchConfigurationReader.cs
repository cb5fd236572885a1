using YamlDotNet.RepresentationModel;

namespace Automation.Versioning.Configuration;

/// <summary>Reads the branch-level keys (under <c>branches.&lt;name&gt;</c>, or at the root) into a <see cref="BranchConfiguration"/>.</summary>
internal static class BranchConfigurationReader
{
    /// <summary>Keys GitVersion 5 used that GitVersion 6 renamed, with the new spelling.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["tag"] = "label",
        ["is-mainline"] = "is-main-branch",
        ["prevent-increment-of-merged-branch-version"] = "prevent-increment: of-merged-branch",
        ["tag-number-pattern"] = "label-number-pattern",
    };

    /// <summary>Applies <paramref name="key"/> to <paramref name="branch"/>; false when the key is not a branch key.</summary>
    public static bool TryApply(ref BranchConfiguration branch, string key, YamlNode value, YamlValues read, List<string> warnings, string path)
    {
        switch (key)
        {
            case "mode": branch = branch with { Mode = read.Enum<DeploymentMode>(value, key) }; return true;
            case "label": branch = branch with { Label = read.String(value, key) }; return true;
            case "increment": branch = branch with { Increment = read.Enum<IncrementStrategy>(value, key) }; return true;
            case "prevent-increment": branch = PreventIncrement(branch, read.Map(value, key), read, warnings, path); return true;
            case "track-merge-target": branch = branch with { TrackMergeTarget = read.Bool(value, key) }; return true;
            case "track-merge-message": branch = branch with { TrackMergeMessage = read.Bool(value, key) }; return true;
            case "commit-message-incrementing": branch = branch with { CommitMessageIncrementing = read.Enum<CommitMessageIncrementMode>(value, key) }; return true;
            case "regex": branch = branch with { Regex = read.String(value, key) }; return true;
            case "source-branches": branch = branch with { SourceBranches = read.List(value, key) }; return true;
            case "is-source-branch-for": branch = branch with { IsSourceBranchFor = read.List(value, key) }; return true;
            case "tracks-release-branches": branch = branch with { TracksReleaseBranches = read.Bool(value, key) }; return true;
            case "is-release-branch": branch = branch with { IsReleaseBranch = read.Bool(value, key) }; return true;
            case "is-main-branch": branch = branch with { IsMainBranch = read.Bool(value, key) }; return true;
            case "pre-release-weight": branch = branch with { PreReleaseWeight = read.Int(value, key) }; return true;
            case "label-number-pattern": branch = branch with { LabelNumberPattern = NumberPattern(value, read, path + key) }; return true;
            default:
                return false;
        }
    }

    /// <summary>Reads one <c>branches.&lt;name&gt;</c> mapping.</summary>
    public static BranchConfiguration Read(YamlMappingNode mapping, YamlValues read, List<string> warnings, string path)
    {
        var branch = new BranchConfiguration();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = read.Text(keyNode, path);
            if (!TryApply(ref branch, key, value, read, warnings, path))
            {
                warnings.Add(Unknown(read, keyNode, path + key));
            }
        }

        return branch;
    }

    /// <summary>The warning for an unknown key, with the GitVersion 6 spelling when the key is an old one.</summary>
    public static string Unknown(YamlValues read, YamlNode keyNode, string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var hint = Renamed.TryGetValue(name, out var renamed) ? $" (GitVersion 6 calls it '{renamed}')" : string.Empty;
        return $"{read.Where(keyNode)}: unknown key '{path}' is ignored{hint}.";
    }

    private static BranchConfiguration PreventIncrement(BranchConfiguration branch, YamlMappingNode mapping, YamlValues read, List<string> warnings, string path)
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = read.Text(keyNode, "prevent-increment");
            branch = key switch
            {
                "of-merged-branch" => branch with { PreventIncrementOfMergedBranch = read.Bool(value, key) },
                "when-branch-merged" => branch with { PreventIncrementWhenBranchMerged = read.Bool(value, key) },
                "when-current-commit-tagged" => branch with { PreventIncrementWhenCurrentCommitTagged = read.Bool(value, key) },
                _ => Warn(branch, warnings, Unknown(read, keyNode, $"{path}prevent-increment.{key}")),
            };
        }

        return branch;
    }

    private static string? NumberPattern(YamlNode value, YamlValues read, string key)
    {
        var pattern = read.String(value, key);
        if (pattern is null)
        {
            return null;
        }

        try
        {
            if (new System.Text.RegularExpressions.Regex(pattern).GroupNumberFromName("Number") < 0)
            {
                throw new VersioningException($"{read.Where(value)}: '{key}' has no group named Number; write it like '[/-](?<Number>\\d+)' so the number can fill {{Number}} in the label.");
            }
        }
        catch (ArgumentException exception)
        {
            throw new VersioningException($"{read.Where(value)}: '{key}' is not a valid regular expression ({exception.Message}); write it like '[/-](?<Number>\\d+)'.");
        }

        return pattern;
    }

    private static BranchConfiguration Warn(BranchConfiguration branch, List<string> warnings, string warning)
    {
        warnings.Add(warning);
        return branch;
    }
}
