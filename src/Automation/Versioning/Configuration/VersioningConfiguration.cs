namespace Automation.Versioning.Configuration;

/// <summary>
/// The whole configuration: a workflow's defaults with the user's <c>GitVersion.yml</c> applied. <see cref="Root"/>
/// holds the root-level branch defaults; <see cref="Branches"/> keeps the configuration order, which decides which
/// configuration a branch name matches (<c>unknown</c> is tried last).
/// </summary>
internal sealed record VersioningConfiguration
{
    public const string UnknownBranchKey = "unknown";

    public string Workflow { get; init; } = "GitFlow/v1";

    public string? NextVersion { get; init; }

    public string TagPrefix { get; init; } = "[vV]?";

    public string VersionInBranchPattern { get; init; } = @"(?<version>[vV]?\d+(\.\d+)?(\.\d+)?).*";

    public string MajorVersionBumpMessage { get; init; } = @"\+semver:\s?(breaking|major)";

    public string MinorVersionBumpMessage { get; init; } = @"\+semver:\s?(feature|minor)";

    public string PatchVersionBumpMessage { get; init; } = @"\+semver:\s?(fix|patch)";

    public string NoBumpMessage { get; init; } = @"\+semver:\s?(none|skip)";

    public int TagPreReleaseWeight { get; init; } = 60000;

    public string CommitDateFormat { get; init; } = "yyyy-MM-dd";

    public SemanticVersionFormat SemanticVersionFormat { get; init; } = SemanticVersionFormat.Strict;

    public AssemblyVersioningScheme AssemblyVersioningScheme { get; init; } = AssemblyVersioningScheme.MajorMinorPatch;

    public AssemblyVersioningScheme AssemblyFileVersioningScheme { get; init; } = AssemblyVersioningScheme.MajorMinorPatch;

    public VersionStrategies Strategies { get; init; } = VersionStrategies.All;

    /// <summary><c>ignore:</c>: commits left out of the calculation.</summary>
    public IgnoreConfiguration Ignore { get; init; } = new();

    /// <summary><c>assembly-versioning-format</c>: replaces the scheme's <c>AssemblySemVer</c> when set.</summary>
    public VersionFormat? AssemblyVersioningFormat { get; init; }

    /// <summary><c>assembly-file-versioning-format</c>: replaces the scheme's <c>AssemblySemFileVer</c> when set.</summary>
    public VersionFormat? AssemblyFileVersioningFormat { get; init; }

    /// <summary><c>assembly-informational-format</c>: replaces <c>InformationalVersion</c> when set.</summary>
    public VersionFormat? AssemblyInformationalFormat { get; init; }

    /// <summary>Custom merge message formats (name, regex), tried before the built-in ones.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MergeMessageFormats { get; init; } = [];

    public BranchConfiguration Root { get; init; } = new();

    public IReadOnlyList<KeyValuePair<string, BranchConfiguration>> Branches { get; init; } = [];

    /// <summary>The configuration a branch name matches: the first matching one, <c>unknown</c> last, else an empty one.</summary>
    public BranchConfiguration GetBranchConfiguration(string branchName)
    {
        BranchConfiguration? unknown = null;
        foreach (var (key, branch) in Branches)
        {
            if (!branch.IsMatch(branchName))
            {
                continue;
            }

            if (key == UnknownBranchKey)
            {
                unknown = branch;
            }
            else
            {
                return branch;
            }
        }

        return unknown ?? new BranchConfiguration();
    }

    /// <summary>The configuration named <paramref name="key"/>, or null.</summary>
    public BranchConfiguration? FindBranch(string key) => Branches.FirstOrDefault(b => b.Key == key).Value;

    /// <summary>Whether the branch name matches a release branch configuration.</summary>
    public bool IsReleaseBranch(string branchName) => GetBranchConfiguration(branchName).IsReleaseBranch ?? false;
}
