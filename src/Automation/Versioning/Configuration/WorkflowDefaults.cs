namespace Automation.Versioning.Configuration;

/// <summary>The built-in workflows (GitVersion 6's <c>GitFlow/v1</c> and <c>GitHubFlow/v1</c>).</summary>
internal static class WorkflowDefaults
{
    public const string GitFlow = "GitFlow/v1";

    public const string GitHubFlow = "GitHubFlow/v1";

    public const string TrunkBased = "TrunkBased/preview1";

    private const string MainRegex = "^master$|^main$";
    private const string DevelopRegex = "^dev(elop)?(ment)?$";
    private const string ReleaseRegex = @"^releases?[\/-](?<BranchName>.+)";
    private const string FeatureRegex = @"^features?[\/-](?<BranchName>.+)";
    private const string PullRequestRegex = @"^(pull-requests|pull|pr)[\/-](?<Number>\d*)";
    private const string HotfixRegex = @"^hotfix(es)?[\/-](?<BranchName>.+)";
    private const string SupportRegex = @"^support[\/-](?<BranchName>.+)";
    private const string UnknownRegex = "(?<BranchName>.+)";
    private const string BranchNameLabel = "{BranchName}";
    private const string PullRequestLabel = "PullRequest{Number}";

    /// <summary>The configuration of a workflow; null for an unknown name. An empty name is the root defaults alone.</summary>
    public static VersioningConfiguration? For(string workflow) => workflow switch
    {
        GitFlow => new VersioningConfiguration { Workflow = GitFlow, Root = RootDefaults, Branches = GitFlowBranches() },
        GitHubFlow => new VersioningConfiguration { Workflow = GitHubFlow, Root = RootDefaults, Branches = GitHubFlowBranches() },
        TrunkBased => new VersioningConfiguration
        {
            Workflow = TrunkBased,
            Root = RootDefaults,
            Branches = TrunkBasedBranches(),
            Strategies = VersionStrategies.ConfiguredNextVersion | VersionStrategies.Mainline,
        },
        "" => new VersioningConfiguration { Workflow = string.Empty, Root = RootDefaults },
        _ => null,
    };

    /// <summary>The root-level branch defaults shared by the workflows.</summary>
    public static BranchConfiguration RootDefaults { get; } = new()
    {
        Mode = DeploymentMode.ContinuousDelivery,
        Label = BranchNameLabel,
        Increment = IncrementStrategy.Inherit,
        PreventIncrementOfMergedBranch = false,
        PreventIncrementWhenBranchMerged = false,
        PreventIncrementWhenCurrentCommitTagged = true,
        TrackMergeTarget = false,
        TrackMergeMessage = true,
        CommitMessageIncrementing = CommitMessageIncrementMode.Enabled,
        Regex = string.Empty,
        SourceBranches = [],
        TracksReleaseBranches = false,
        IsReleaseBranch = false,
        IsMainBranch = false,
    };

    private static KeyValuePair<string, BranchConfiguration>[] GitFlowBranches() =>
    [
        new("develop", new() { Mode = DeploymentMode.ContinuousDelivery, Label = "alpha", Increment = IncrementStrategy.Minor, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeTarget = true, TrackMergeMessage = true, Regex = DevelopRegex, SourceBranches = ["main"], TracksReleaseBranches = true, IsReleaseBranch = false, IsMainBranch = false, PreReleaseWeight = 0 }),
        new("main", Main()),
        new("release", new() { Mode = DeploymentMode.ManualDeployment, Label = "beta", Increment = IncrementStrategy.Minor, PreventIncrementOfMergedBranch = true, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeTarget = false, Regex = ReleaseRegex, SourceBranches = ["main", "support"], TracksReleaseBranches = false, IsReleaseBranch = true, IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("feature", new() { Mode = DeploymentMode.ManualDeployment, Label = BranchNameLabel, Increment = IncrementStrategy.Inherit, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = true, Regex = FeatureRegex, SourceBranches = ["develop", "main", "release", "support", "hotfix"], IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("pull-request", new() { Mode = DeploymentMode.ContinuousDelivery, Label = PullRequestLabel, Increment = IncrementStrategy.Inherit, PreventIncrementOfMergedBranch = true, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = true, Regex = PullRequestRegex, SourceBranches = ["develop", "main", "release", "feature", "support", "hotfix"], PreReleaseWeight = 30000 }),
        new("hotfix", new() { Mode = DeploymentMode.ManualDeployment, Label = "beta", Increment = IncrementStrategy.Inherit, PreventIncrementWhenCurrentCommitTagged = false, Regex = HotfixRegex, SourceBranches = ["main", "support"], IsReleaseBranch = true, IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("support", new() { Label = string.Empty, Increment = IncrementStrategy.Patch, PreventIncrementOfMergedBranch = true, TrackMergeTarget = false, Regex = SupportRegex, SourceBranches = ["main"], TracksReleaseBranches = false, IsReleaseBranch = false, IsMainBranch = true, PreReleaseWeight = 55000 }),
        new(VersioningConfiguration.UnknownBranchKey, new() { Mode = DeploymentMode.ManualDeployment, Label = BranchNameLabel, Increment = IncrementStrategy.Inherit, PreventIncrementWhenCurrentCommitTagged = true, Regex = UnknownRegex, SourceBranches = ["main", "develop", "release", "feature", "pull-request", "hotfix", "support"], IsMainBranch = false }),
    ];

    private static KeyValuePair<string, BranchConfiguration>[] GitHubFlowBranches() =>
    [
        new("main", Main()),
        new("release", new() { Mode = DeploymentMode.ManualDeployment, Label = "beta", Increment = IncrementStrategy.Patch, PreventIncrementOfMergedBranch = true, PreventIncrementWhenBranchMerged = false, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeTarget = false, TrackMergeMessage = true, Regex = ReleaseRegex, SourceBranches = ["main"], TracksReleaseBranches = false, IsReleaseBranch = true, IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("feature", new() { Mode = DeploymentMode.ManualDeployment, Label = BranchNameLabel, Increment = IncrementStrategy.Inherit, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = true, Regex = FeatureRegex, SourceBranches = ["main", "release"], IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("pull-request", new() { Mode = DeploymentMode.ContinuousDelivery, Label = PullRequestLabel, Increment = IncrementStrategy.Inherit, PreventIncrementOfMergedBranch = true, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = true, Regex = PullRequestRegex, SourceBranches = ["main", "release", "feature"], PreReleaseWeight = 30000 }),
        new(VersioningConfiguration.UnknownBranchKey, new() { Mode = DeploymentMode.ManualDeployment, Label = BranchNameLabel, Increment = IncrementStrategy.Inherit, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = false, Regex = UnknownRegex, SourceBranches = ["main", "release", "feature", "pull-request"], IsMainBranch = false }),
    ];

    /// <summary>GitVersion 6.8's <c>TrunkBased/preview1</c>: main is released on every commit; feature, hotfix, pull-request branches and unknown ones count from it.</summary>
    private static KeyValuePair<string, BranchConfiguration>[] TrunkBasedBranches() =>
    [
        new("main", Main() with { Mode = DeploymentMode.ContinuousDeployment }),
        new("feature", new() { Mode = DeploymentMode.ContinuousDelivery, Label = BranchNameLabel, Increment = IncrementStrategy.Minor, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = true, Regex = FeatureRegex, SourceBranches = ["main"], IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("hotfix", new() { Mode = DeploymentMode.ContinuousDelivery, Label = BranchNameLabel, Increment = IncrementStrategy.Patch, PreventIncrementWhenCurrentCommitTagged = false, Regex = HotfixRegex, SourceBranches = ["main"], IsReleaseBranch = true, IsMainBranch = false, PreReleaseWeight = 30000 }),
        new("pull-request", new() { Mode = DeploymentMode.ContinuousDelivery, Label = PullRequestLabel, Increment = IncrementStrategy.Inherit, PreventIncrementOfMergedBranch = true, PreventIncrementWhenCurrentCommitTagged = false, TrackMergeMessage = true, Regex = PullRequestRegex, SourceBranches = ["main", "feature", "hotfix"], PreReleaseWeight = 30000 }),
        new(VersioningConfiguration.UnknownBranchKey, new() { Increment = IncrementStrategy.Patch, PreventIncrementWhenCurrentCommitTagged = false, Regex = UnknownRegex, SourceBranches = ["main"], PreReleaseWeight = 30000 }),
    ];

    private static BranchConfiguration Main() => new()
    {
        Label = string.Empty,
        Increment = IncrementStrategy.Patch,
        PreventIncrementOfMergedBranch = true,
        TrackMergeTarget = false,
        TrackMergeMessage = true,
        Regex = MainRegex,
        SourceBranches = [],
        TracksReleaseBranches = false,
        IsReleaseBranch = false,
        IsMainBranch = true,
        PreReleaseWeight = 55000,
    };
}
