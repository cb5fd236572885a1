namespace Automation.Ci;

/// <summary>One job of a generated CI configuration: the targets it runs, what it skips, waits for, downloads and uploads.</summary>
/// <param name="Id">The job's id (<c>unit-test</c>; <c>test-pack</c> for the invoked targets): what <c>needs:</c> refers to.</param>
/// <param name="Targets">The targets it invokes, by command-line name.</param>
/// <param name="Skipped">Targets of its plan that earlier jobs ran, or that a job of their own runs, passed to <c>--skip</c>.</param>
/// <param name="Needs">The jobs it waits for directly.</param>
/// <param name="Downloads">The artifacts of earlier jobs it downloads (from any job it waits for, directly or not).</param>
/// <param name="Uploads">The artifacts it uploads.</param>
internal sealed record CiJob(
    string Id,
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> Needs,
    IReadOnlyList<CiDownload> Downloads,
    IReadOnlyList<CiArtifact> Uploads)
{
    /// <summary>The environment a deploy job deploys to (<c>deploy --env &lt;Environment&gt;</c>), or null for a build job.</summary>
    public string? Environment { get; init; }

    /// <summary>Whether the job pushes to the repository's remote (<see cref="IPushesToRepository"/>), so its token needs the right to.</summary>
    public bool PushesToRepository { get; init; }

    /// <summary>
    /// Into how many parallel copies the job is split (its one target's <c>.Partition(n)</c>), each run with
    /// <c>--partition i/n</c>; null for one copy.
    /// </summary>
    public int? Partitions { get; init; }

    /// <summary>The <c>--partition</c> option for the copy whose part the CI expression <paramref name="part"/> gives (<c>${{ matrix.partition }}</c>), or nothing when the job is not split.</summary>
    /// <param name="part">The CI system's expression for the copy's part, from 1.</param>
    public string PartitionArgument(string part) => Partitions is { } total ? $" --partition {part}/{total}" : string.Empty;

    /// <summary>A step title such as <c>Run: test, pack</c>.</summary>
    public string Title => "Run: " + string.Join(", ", Targets);

    /// <summary>The targets and the <c>--skip</c> list, as passed to the bootstrap script: <c>pack --skip unit-test</c>.</summary>
    public string Arguments => string.Join(' ', Targets) + (Skipped.Count > 0 ? " --skip " + string.Join(' ', Skipped) : string.Empty)
        + (Environment is null ? string.Empty : " --env " + Environment);

    /// <summary>The command that runs the job: <c>./build.sh test pack</c>, or <c>.\build.cmd test pack</c> on a Windows image.</summary>
    public string Command(string image) => CiPipeline.BuildScript(image) + " " + Arguments;

    /// <summary>The jobs whose artifacts it downloads, in job order.</summary>
    public IEnumerable<string> DownloadsFrom => Downloads.Select(d => d.JobId).Distinct(StringComparer.Ordinal);
}
