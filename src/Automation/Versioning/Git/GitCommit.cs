namespace Automation.Versioning.Git;

/// <summary>One commit as read from <c>git log</c>: its sha, parents, committer time (Unix seconds) and full message.</summary>
internal sealed record GitCommit(string Sha, IReadOnlyList<string> Parents, long When, string Message);
