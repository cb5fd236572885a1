using Automation.Versioning.Calculation;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>What the rules carry from one commit of an iteration to the next (GitVersion's mainline context).</summary>
internal sealed class MainlineState(string? targetLabel)
{
    /// <summary>The label of the branch being versioned.</summary>
    public string? TargetLabel { get; } = targetLabel;

    /// <summary>The highest tag on the current commit matching the label (null: none).</summary>
    public SemanticVersion? Version { get; set; }

    public string? Label { get; set; }

    public VersionField Increment { get; set; }

    public int? Source { get; set; }

    /// <summary>Versions that only raise the result (other labels' tags, versions in release branch names).</summary>
    public HashSet<SemanticVersion> Alternatives { get; } = [];

    public bool ForceIncrement { get; set; }

    /// <summary>The highest alternative (null: none).</summary>
    public SemanticVersion? MaxAlternative() =>
        Alternatives.Aggregate((SemanticVersion?)null, (max, v) => max is null || v.CompareTo(max) > 0 ? v : max);

    /// <summary>An increment step of the state as it is now.</summary>
    public IncrementVersion Step(int? source, bool force, string? label) => new(source, Increment, force, label, MaxAlternative());
}
