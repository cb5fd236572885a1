namespace Automation.Outcomes;

/// <summary>The outcome of one scheduled target, as shown in the summary.</summary>
internal sealed class TargetResult(string name)
{
    public string Name { get; } = name;

    public TargetStatus Status { get; set; } = TargetStatus.NotRun;

    /// <summary>Why it was skipped (<c>--skip</c>, <c>condition false: IsServerBuild</c>, <c>skipped with publish</c>).</summary>
    public string? SkipReason { get; set; }

    public TimeSpan? Duration { get; set; }

    /// <summary>Notes the target reported (version, test counts) and, for a failure, why.</summary>
    public List<string> Notes { get; } = [];

    public TestCounts? Tests { get; set; }
}
