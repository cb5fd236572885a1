namespace Automation.Versioning.Git;

/// <summary>
/// Everything the calculation reads from the repository, in memory: the graph, the branches and tags, what HEAD is,
/// and the work-tree state. Built by <see cref="RepositoryReader"/> from a few git calls, or directly by tests.
/// </summary>
internal sealed record RepositorySnapshot
{
    public required CommitGraph Graph { get; init; }

    public required IReadOnlyList<GitBranch> Branches { get; init; }

    public required IReadOnlyList<GitTag> Tags { get; init; }

    /// <summary>The commit HEAD points at.</summary>
    public required int Head { get; init; }

    /// <summary>The branch HEAD is on (its friendly name), or null for a detached HEAD.</summary>
    public string? HeadBranch { get; init; }

    /// <summary>Uncommitted changes (<c>git status --porcelain</c> lines).</summary>
    public int UncommittedChanges { get; init; }

    /// <summary>The work tree's root directory, where the configuration file is looked for.</summary>
    public string? WorkTree { get; init; }
}
