using Automation.Tools;

namespace Automation;

/// <summary>What the Codecov uploader (<c>codecov</c>) sends: the coverage files, the token and what the upload belongs to.</summary>
public sealed record CodecovSettings : ToolSettings
{
    /// <summary>Coverage files to upload: <c>--file</c>, once per file.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>The repository's upload token: <c>--token</c> (masked in output when it is a <c>[Secret]</c>).</summary>
    public string? Token { get; init; }

    /// <summary>The branch: <c>--branch</c>.</summary>
    public string? Branch { get; init; }

    /// <summary>The commit: <c>--sha</c>.</summary>
    public string? Sha { get; init; }

    /// <summary>The CI build number: <c>--build</c>.</summary>
    public string? Build { get; init; }

    /// <summary>Flags grouping the upload: <c>--flag</c>, comma-separated.</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>The upload's name: <c>--name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The pull request: <c>--pr</c>.</summary>
    public string? PullRequest { get; init; }

    /// <summary>The repository root: <c>--root</c>.</summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Fail when the upload fails: <c>--required</c>.</summary>
    public bool? Required { get; init; }

    /// <summary>Verbose output: <c>--verbose</c>.</summary>
    public bool? Verbose { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Repeated("--file", Files).Option("--token", Token).Option("--branch", Branch).Option("--sha", Sha)
            .Option("--build", Build).Option("--flag", Flags.Count == 0 ? null : string.Join(',', Flags)).Option("--name", Name)
            .Option("--pr", PullRequest).Option("--root", RepositoryRoot).Flag("--required", Required).Flag("--verbose", Verbose);
}
