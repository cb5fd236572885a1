namespace Automation.Differential.Comparison;

/// <summary>
/// Every difference from GitVersion 6.8.2 that we keep on purpose, in one place, each with its reason (docs/versioning.md,
/// "Where we differ from GitVersion, and why", says the same to users). The differential test fails on any
/// difference not covered here.
/// </summary>
public static class DeliberateDifferences
{
    public static IReadOnlyList<DeliberateDifference> All { get; } =
    [
        new(
            "unconfigured branch without a source",
            "GitVersion stops with \"No base versions determined on the current branch\" on a branch that matches no "
            + "configured branch and has no source branch to inherit from; ours answers with the fallback version "
            + "(the last tag reachable, else 0.0.0, incremented), so a build on such a branch still gets a version.",
            (ours, theirs, _) => ours.Answered && !theirs.Answered
                && theirs.Error!.Contains("No base versions determined", StringComparison.Ordinal)),
    ];

    /// <summary>The deliberate difference that covers a difference on <paramref name="variable"/>, or null.</summary>
    public static DeliberateDifference? Explain(Oracle.EngineAnswer ours, Oracle.EngineAnswer theirs, string variable) =>
        All.FirstOrDefault(difference => difference.Covers(ours, theirs, variable));
}
