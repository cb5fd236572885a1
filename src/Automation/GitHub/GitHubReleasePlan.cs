namespace Automation.GitHub;

/// <summary>Superseded by Octokit; to be removed.</summary>
/// <remarks>What the release should look like once published.</remarks>
public sealed record GitHubReleasePlan
{
    /// <summary>The tag, e.g. <c>v1.2.0</c>; created on <see cref="Commit"/> when it does not exist.</summary>
    public required string TagName { get; init; }

    /// <summary>The commit a new tag points at.</summary>
    public required string Commit { get; init; }

    /// <summary>The release's title.</summary>
    public required string Name { get; init; }

    /// <summary>Markdown notes.</summary>
    public required string Notes { get; init; }

    /// <summary>Whether to mark it as a pre-release.</summary>
    public required bool Prerelease { get; init; }

    /// <summary>Files to attach; a same-named asset already on the release is replaced.</summary>
    public required IReadOnlyList<string> Assets { get; init; }
}
