namespace Automation.GitHub;

/// <summary>What the release should look like once published.</summary>
internal sealed record GitHubReleasePlan
{
    /// <summary>The tag, e.g. <c>v1.2.0</c>; created on <see cref="Commit"/> when it does not exist.</summary>
    public required string TagName { get; init; }

    public required string Commit { get; init; }

    public required string Name { get; init; }

    /// <summary>Markdown notes.</summary>
    public required string Notes { get; init; }

    public required bool Prerelease { get; init; }

    /// <summary>Files to attach; a same-named asset already on the release is replaced.</summary>
    public required IReadOnlyList<string> Assets { get; init; }
}
