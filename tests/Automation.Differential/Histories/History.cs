namespace Automation.Differential.Histories;

/// <summary>
/// A generated git history: the configuration committed as <c>GitVersion.yml</c> in the first commit (none: the
/// defaults), the steps, and what is checked out at the end (a branch, or a detached HEAD <see cref="DetachedBack"/>
/// commits behind that branch's tip).
/// </summary>
public sealed record History(int Seed, string? Configuration, IReadOnlyList<HistoryStep> Steps, string CheckedOut, int? DetachedBack)
{
    /// <summary>The branch checked out, or for a detached HEAD the branch it was taken from and where.</summary>
    public string Describe() => DetachedBack is { } back ? $"detached HEAD at {CheckedOut}~{back}" : CheckedOut;

    /// <summary>The first line of the configuration, for reports ("workflow: GitHubFlow/v1"), or "defaults".</summary>
    public string ConfigurationSummary() => Configuration is null ? "defaults" : Configuration.Trim().Replace("\n", "; ", StringComparison.Ordinal);
}
