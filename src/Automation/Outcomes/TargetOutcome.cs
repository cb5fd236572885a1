namespace Automation;

/// <summary>How one target of a finished build ended, as <see cref="BuildFinishedContext"/> shows it to build-end hooks.</summary>
/// <param name="Name">The command-line name (<c>unit-test</c>).</param>
/// <param name="Status">How it ended.</param>
/// <param name="Duration">How long it ran, when it ran.</param>
/// <param name="Tests">The test counts it reported (<see cref="ITargetContext.ReportTests"/>), if any.</param>
public sealed record TargetOutcome(string Name, TargetStatus Status, TimeSpan? Duration, TestCounts? Tests);
