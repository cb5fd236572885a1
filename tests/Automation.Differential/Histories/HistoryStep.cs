namespace Automation.Differential.Histories;

/// <summary>One step of a generated history, applied in order.</summary>
public abstract record HistoryStep;

/// <summary>A commit on the tip of <paramref name="Branch"/>.</summary>
public sealed record CommitStep(string Branch, string Message) : HistoryStep;

/// <summary>A new branch <paramref name="Name"/> at the tip of <paramref name="From"/>.</summary>
public sealed record BranchStep(string Name, string From) : HistoryStep;

/// <summary>A merge commit (no fast-forward) of <paramref name="From"/>'s tip into <paramref name="Into"/>.</summary>
public sealed record MergeStep(string Into, string From, string Message) : HistoryStep;

/// <summary>A lightweight tag on the tip of <paramref name="Branch"/>.</summary>
public sealed record TagStep(string Name, string Branch) : HistoryStep;
