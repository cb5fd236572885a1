using System.Text.RegularExpressions;

namespace Automation.Versioning.Configuration;

/// <summary>
/// The settings of one branch kind (<c>branches.&lt;name&gt;</c>), or the root-level defaults. A null value is "not
/// set here" and is taken from the source branch or the root when the configuration becomes effective.
/// </summary>
internal sealed record BranchConfiguration
{
    public DeploymentMode? Mode { get; init; }

    public string? Label { get; init; }

    public IncrementStrategy? Increment { get; init; }

    public bool? PreventIncrementOfMergedBranch { get; init; }

    public bool? PreventIncrementWhenBranchMerged { get; init; }

    public bool? PreventIncrementWhenCurrentCommitTagged { get; init; }

    public bool? TrackMergeTarget { get; init; }

    public bool? TrackMergeMessage { get; init; }

    public CommitMessageIncrementMode? CommitMessageIncrementing { get; init; }

    public string? Regex { get; init; }

    /// <summary>Names of the branch configurations this kind is created from (not inherited).</summary>
    public IReadOnlyList<string>? SourceBranches { get; init; }

    /// <summary>The reverse of <see cref="SourceBranches"/>: configurations this kind is a source of.</summary>
    public IReadOnlyList<string>? IsSourceBranchFor { get; init; }

    public bool? TracksReleaseBranches { get; init; }

    public bool? IsReleaseBranch { get; init; }

    public bool? IsMainBranch { get; init; }

    public int? PreReleaseWeight { get; init; }

    /// <summary><c>label-number-pattern</c>: a regex whose <c>Number</c> group, matched against the branch name, fills <c>{Number}</c> in the label.</summary>
    public string? LabelNumberPattern { get; init; }

    /// <summary>Whether the branch name matches <see cref="Regex"/> (case-insensitive).</summary>
    public bool IsMatch(string branchName) =>
        !string.IsNullOrEmpty(Regex) && System.Text.RegularExpressions.Regex.IsMatch(branchName, Regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>This configuration with every unset value (and an <c>Inherit</c> increment) taken from <paramref name="parent"/>.</summary>
    public BranchConfiguration Inherit(BranchConfiguration parent) => this with
    {
        Mode = Mode ?? parent.Mode,
        Label = Label ?? parent.Label,
        Increment = Increment is null or IncrementStrategy.Inherit ? parent.Increment ?? Increment : Increment,
        PreventIncrementOfMergedBranch = PreventIncrementOfMergedBranch ?? parent.PreventIncrementOfMergedBranch,
        PreventIncrementWhenBranchMerged = PreventIncrementWhenBranchMerged ?? parent.PreventIncrementWhenBranchMerged,
        PreventIncrementWhenCurrentCommitTagged = PreventIncrementWhenCurrentCommitTagged ?? parent.PreventIncrementWhenCurrentCommitTagged,
        TrackMergeTarget = TrackMergeTarget ?? parent.TrackMergeTarget,
        TrackMergeMessage = TrackMergeMessage ?? parent.TrackMergeMessage,
        CommitMessageIncrementing = CommitMessageIncrementing ?? parent.CommitMessageIncrementing,
        Regex = Regex ?? parent.Regex,
        TracksReleaseBranches = TracksReleaseBranches ?? parent.TracksReleaseBranches,
        IsReleaseBranch = IsReleaseBranch ?? parent.IsReleaseBranch,
        IsMainBranch = IsMainBranch ?? parent.IsMainBranch,
        PreReleaseWeight = PreReleaseWeight ?? parent.PreReleaseWeight,
        LabelNumberPattern = LabelNumberPattern ?? parent.LabelNumberPattern,
    };

    /// <summary>This configuration with every value set in <paramref name="overrides"/> replaced (a user's file over a workflow).</summary>
    public BranchConfiguration OverriddenBy(BranchConfiguration overrides) => overrides.Inherit(this) with
    {
        Increment = overrides.Increment ?? Increment,
        SourceBranches = overrides.SourceBranches ?? SourceBranches,
        IsSourceBranchFor = overrides.IsSourceBranchFor ?? IsSourceBranchFor,
    };
}
