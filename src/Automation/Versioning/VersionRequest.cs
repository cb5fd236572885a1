namespace Automation.Versioning;

/// <summary>What to compute a version for.</summary>
public sealed record VersionRequest
{
    /// <summary>A directory inside the git work tree.</summary>
    public required string RepositoryDirectory { get; init; }

    /// <summary>The branch to assume (the <c>Git_Branch</c> variable, or a CI host's branch), for detached HEADs.</summary>
    public string? BranchOverride { get; init; }

    /// <summary>Compute even in a shallow clone (the result may be wrong: history is missing).</summary>
    public bool AllowShallow { get; init; }

    /// <summary>The environment to read CI branch variables from (<c>GITHUB_REF</c>, <c>BUILD_SOURCEBRANCH</c>, ...). Default: none.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
}
