namespace Automation.Versioning.Configuration;

/// <summary>
/// A branch's configuration with nothing left unset: the branch's own values, then its source branch's (for an
/// <c>Inherit</c> increment), then the root defaults. Carries the global settings the strategies need.
/// </summary>
internal sealed record EffectiveConfiguration
{
    public EffectiveConfiguration(VersioningConfiguration global, BranchConfiguration branch, EffectiveConfiguration? parent = null)
    {
        Global = global;
        Branch = branch.Inherit(parent?.Branch ?? global.Root).Inherit(global.Root);
    }

    public VersioningConfiguration Global { get; }

    /// <summary>The resolved branch-level values.</summary>
    public BranchConfiguration Branch { get; }

    public DeploymentMode Mode => Branch.Mode ?? DeploymentMode.ContinuousDelivery;

    public string? Label => Branch.Label;

    public IncrementStrategy Increment => Branch.Increment ?? IncrementStrategy.Inherit;

    public string? Regex => Branch.Regex;

    public bool PreventIncrementOfMergedBranch => Branch.PreventIncrementOfMergedBranch ?? false;

    public bool PreventIncrementWhenBranchMerged => Branch.PreventIncrementWhenBranchMerged ?? false;

    public bool PreventIncrementWhenCurrentCommitTagged => Branch.PreventIncrementWhenCurrentCommitTagged ?? true;

    public bool TrackMergeTarget => Branch.TrackMergeTarget ?? false;

    public bool TrackMergeMessage => Branch.TrackMergeMessage ?? true;

    public CommitMessageIncrementMode CommitMessageIncrementing => Branch.CommitMessageIncrementing ?? CommitMessageIncrementMode.Enabled;

    public bool TracksReleaseBranches => Branch.TracksReleaseBranches ?? false;

    public bool IsReleaseBranch => Branch.IsReleaseBranch ?? false;

    public bool IsMainBranch => Branch.IsMainBranch ?? false;

    public int PreReleaseWeight => Branch.PreReleaseWeight ?? 0;
}
