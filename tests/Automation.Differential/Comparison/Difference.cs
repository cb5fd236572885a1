namespace Automation.Differential.Comparison;

/// <summary>One variable on which the engines disagree (<c>(error: …)</c> or <c>(missing)</c> when one did not answer
/// or has no such variable), and the deliberate difference that explains it, if one does.</summary>
public sealed record Difference(string Variable, string Ours, string Theirs, DeliberateDifference? Explanation)
{
    public bool Deliberate => Explanation is not null;

    public override string ToString() =>
        $"{Variable}: ours {Ours}, GitVersion {Theirs}" + (Explanation is null ? string.Empty : $" ({Explanation})");
}
