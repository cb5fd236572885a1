using Automation.Ci;
using Automation.Ci.AzurePipelines;
using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation;

/// <summary>
/// Generates an Azure Pipelines file: one job per image, each checking out with full history, installing the SDK from
/// <c>global.json</c>, caching the NuGet packages and <c>.nuke/temp</c> keyed on project files, running the invoked
/// targets through the bootstrap script and publishing artifacts. Imported secrets are pipeline variables of the same
/// name as the parameter's environment variable (mark them secret in Azure).
/// <code>[AzurePipelines("ci", TriggerBranches = ["main"], InvokedTargets = ["test", "pack"], Images = ["ubuntu-latest", "windows-latest"])]</code>
/// writes <c>.azure-pipelines/ci.yml</c>; NUKE's form, <c>[AzurePipelines(suffix: null, AzurePipelinesImage.UbuntuLatest, ...)]</c>,
/// writes <c>azure-pipelines.yml</c> (<c>azure-pipelines.&lt;suffix&gt;.yml</c>) where NUKE did, and leaves out the
/// triggers it is not given, so that Azure's defaults apply as they did with NUKE.
/// </summary>
/// <remarks>
/// A build customises the pipeline as with NUKE: derive from this attribute and override <see cref="GetJob"/> (or
/// <see cref="GetImports"/>); the generator calls it once per job and writes what it returns.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class AzurePipelinesAttribute : CiConfigurationAttribute
{
    // Set while the generator asks this attribute for one job, so the default GetJob/GetImports know which one;
    // attribute instances are created afresh for each generation, so nothing outlives it.
    private AzureJobRequest? _request;

    private readonly bool _nukeForm;

    /// <summary>A pipeline written to <c>.azure-pipelines/&lt;name&gt;.yml</c>.</summary>
    /// <param name="name">The pipeline's file name.</param>
    public AzurePipelinesAttribute(string name)
    {
        Name = name;
    }

    /// <summary>NUKE's form: <c>azure-pipelines.yml</c> at the root, on the given images.</summary>
    /// <param name="image">The first agent image.</param>
    /// <param name="images">More agent images; one job each.</param>
    public AzurePipelinesAttribute(AzurePipelinesImage image, params AzurePipelinesImage[] images)
        : this(suffix: null, image, images)
    {
    }

    /// <summary>NUKE's form: <c>azure-pipelines.&lt;suffix&gt;.yml</c> at the root (<c>azure-pipelines.yml</c> when null), on the given images.</summary>
    /// <param name="suffix">The file name's suffix (a space becomes '_'), or null.</param>
    /// <param name="image">The first agent image.</param>
    /// <param name="images">More agent images; one job each.</param>
    public AzurePipelinesAttribute(string? suffix, AzurePipelinesImage image, params AzurePipelinesImage[] images)
    {
        ArgumentNullException.ThrowIfNull(images);
        Suffix = suffix?.Replace(' ', '_');
        Name = Suffix ?? "azure-pipelines";
        Images = [.. new[] { image }.Concat(images).Select(AzurePipelinesImages.Label)];
        _nukeForm = true;
    }

    /// <summary>The pipeline's name: its file name, or the suffix of NUKE's form.</summary>
    public string Name { get; }

    /// <summary>The file name's suffix in NUKE's form, or null.</summary>
    public string? Suffix { get; }

    /// <summary>Branch patterns whose pushes start the pipeline; none and no <see cref="TriggerTags"/>: <c>trigger: none</c>.</summary>
    public string[] TriggerBranches { get; set; } = [];

    /// <summary>Tag patterns whose pushes start the pipeline (<c>"v*"</c>).</summary>
    public string[] TriggerTags { get; set; } = [];

    /// <summary>Target branch patterns of pull requests that start the pipeline; none: <c>pr: none</c>.</summary>
    public string[] PullRequestBranches { get; set; } = [];

    /// <summary>Microsoft-hosted agent images (<c>"ubuntu-latest"</c>, <c>"windows-latest"</c>); one job each.</summary>
    public string[] Images { get; set; } = ["ubuntu-latest"];

    /// <summary>Pushes never start the pipeline (<c>trigger: none</c>).</summary>
    public bool TriggerDisabled { get; set; }

    /// <summary>Whether pushes made while a run is going are batched into one next run (<c>batch</c>); unset: Azure's default.</summary>
    public bool TriggerBatch { get => TriggerBatchOrNull ?? false; set => TriggerBatchOrNull = value; }

    /// <summary>Branch patterns whose pushes start the pipeline (NUKE's name; with <see cref="TriggerBranches"/>).</summary>
    public string[] TriggerBranchesInclude { get; set; } = [];

    /// <summary>Branch patterns whose pushes do not start the pipeline.</summary>
    public string[] TriggerBranchesExclude { get; set; } = [];

    /// <summary>Tag patterns whose pushes start the pipeline (NUKE's name; with <see cref="TriggerTags"/>).</summary>
    public string[] TriggerTagsInclude { get; set; } = [];

    /// <summary>Tag patterns whose pushes do not start the pipeline.</summary>
    public string[] TriggerTagsExclude { get; set; } = [];

    /// <summary>Path patterns: a push starts the pipeline only when it changes one of them.</summary>
    public string[] TriggerPathsInclude { get; set; } = [];

    /// <summary>Path patterns: a push that changes only these does not start the pipeline.</summary>
    public string[] TriggerPathsExclude { get; set; } = [];

    /// <summary>Pull requests never start the pipeline (<c>pr: none</c>).</summary>
    public bool PullRequestsDisabled { get; set; }

    /// <summary>Whether a new push to a pull request cancels its running validation (<c>autoCancel</c>); unset: Azure's default.</summary>
    public bool PullRequestsAutoCancel { get => PullRequestsAutoCancelOrNull ?? false; set => PullRequestsAutoCancelOrNull = value; }

    /// <summary>Target branch patterns of pull requests that start the pipeline (NUKE's name; with <see cref="PullRequestBranches"/>).</summary>
    public string[] PullRequestsBranchesInclude { get; set; } = [];

    /// <summary>Target branch patterns of pull requests that do not start the pipeline.</summary>
    public string[] PullRequestsBranchesExclude { get; set; } = [];

    /// <summary>Path patterns: a pull request starts the pipeline only when it changes one of them.</summary>
    public string[] PullRequestsPathsInclude { get; set; } = [];

    /// <summary>Path patterns: a pull request that changes only these does not start the pipeline.</summary>
    public string[] PullRequestsPathsExclude { get; set; } = [];

    /// <summary>Whether the checkout fetches submodules; unset: Azure's default (none).</summary>
    public bool Submodules { get => SubmodulesOrNull ?? false; set => SubmodulesOrNull = value; }

    /// <summary>Whether the checkout fetches Git LFS files; unset: Azure's default (no).</summary>
    public bool LargeFileStorage { get => LargeFileStorageOrNull ?? false; set => LargeFileStorageOrNull = value; }

    /// <summary>Whether the checkout cleans the working folder first; unset: Azure's default.</summary>
    public bool Clean { get => CleanOrNull ?? false; set => CleanOrNull = value; }

    /// <summary>How many commits the checkout fetches; 0 (the default) fetches the whole history, which versioning needs.</summary>
    public int FetchDepth { get; set; }

    /// <summary>The files whose contents key the caches (globs).</summary>
    public string[] CacheKeyFiles { get; set; } = [.. CiPipeline.CacheKeyFiles];

    /// <summary>The folders cached between runs, one <c>Cache@2</c> step each (<see cref="AzurePipelinesCachePaths"/>).</summary>
    public string[] CachePaths { get; set; } = [AzurePipelinesCachePaths.NuGet, AzurePipelinesCachePaths.Nuke];

    /// <summary>Variable groups (Library) whose variables the pipeline reads (<c>variables: - group: …</c>).</summary>
    public string[] ImportVariableGroups { get; set; } = [];

    /// <summary>Passes the run's OAuth token to the build as <c>SYSTEM_ACCESSTOKEN</c>.</summary>
    public bool EnableAccessToken { get; set; }

    /// <summary>
    /// Targets that never get a job of their own (NUKE's chained jobs): they run within the jobs that need them. Jobs
    /// here run all their targets in one job already, so this only refuses a <see cref="CiConfigurationAttribute.FanOut"/>
    /// target named here.
    /// </summary>
    public string[] NonEntryTargets { get; set; } = [];

    /// <summary>Targets the pipeline never runs: every job passes them to <c>--skip</c>.</summary>
    public string[] ExcludedTargets { get; set; } = [];

    internal bool? TriggerBatchOrNull { get; private set; }

    internal bool? PullRequestsAutoCancelOrNull { get; private set; }

    internal bool? SubmodulesOrNull { get; private set; }

    internal bool? LargeFileStorageOrNull { get; private set; }

    internal bool? CleanOrNull { get; private set; }

    /// <summary>Whether the attribute was written in NUKE's form, whose unset triggers are Azure's defaults.</summary>
    internal bool IsNukeForm => _nukeForm;

    internal override string Display => _nukeForm
        ? $"[AzurePipelines({(Suffix is null ? "suffix: null" : $"\"{Suffix}\"")}, ...)]"
        : $"[AzurePipelines(\"{Name}\")]";

    internal override string RelativePath => _nukeForm
        ? (Suffix is null ? "azure-pipelines.yml" : $"azure-pipelines.{Suffix}.yml")
        : $".azure-pipelines/{Name}.yml";

    internal override YamlMap Render(CiPipeline pipeline) => new AzurePipelineWriter(this, pipeline).Write();

    /// <summary>Asks <see cref="GetJob"/> for the job <paramref name="request"/> describes.</summary>
    internal AzurePipelinesJob RequestJob(AzureJobRequest request, ExecutableTarget entry, LookupTable<ExecutableTarget, AzurePipelinesJob> jobs, IReadOnlyCollection<ExecutableTarget> relevantTargets, AzurePipelinesImage image)
    {
        _request = request;
        try
        {
            return GetJob(entry, jobs, relevantTargets, image)
                ?? throw new UsageException($"{GetType().Name}.GetJob returned null for job '{request.Name}' of {Display}: return the job (base.GetJob(...), changed).");
        }
        finally
        {
            _request = null;
        }
    }

    /// <summary>
    /// The job the generator writes: checkout, SDK setup, caches, artifact downloads, the step running the targets and
    /// the publishing steps. Override it to change the job, as NUKE's own build does to prefix display names.
    /// </summary>
    /// <param name="executableTarget">The last target the job invokes.</param>
    /// <param name="jobs">The jobs written so far, by the last target each invokes.</param>
    /// <param name="relevantTargets">The targets the job runs, its dependencies included, in order.</param>
    /// <param name="image">The job's agent image.</param>
    /// <returns>The job to write.</returns>
    protected virtual AzurePipelinesJob GetJob(
        ExecutableTarget executableTarget,
        LookupTable<ExecutableTarget, AzurePipelinesJob> jobs,
        IReadOnlyCollection<ExecutableTarget> relevantTargets,
        AzurePipelinesImage image)
    {
        var request = _request ?? throw new InvalidOperationException("GetJob is called by the CI generator (./build.sh --generate-ci) only.");
        return request.Writer.DefaultJob(request, GetImports());
    }

    /// <summary>
    /// The environment of the step that runs the targets: the imported secrets (<c>NUGET_API_KEY: $(NUGET_API_KEY)</c>)
    /// and, with <see cref="EnableAccessToken"/>, <c>SYSTEM_ACCESSTOKEN</c>. Override it to add more.
    /// </summary>
    /// <returns>Variable names and their values.</returns>
    protected virtual IEnumerable<(string Key, string Value)> GetImports()
    {
        _ = _request ?? throw new InvalidOperationException("GetImports is called by the CI generator (./build.sh --generate-ci) only.");
        return AzurePipelineWriter.DefaultImports(this, _request.Writer.Pipeline);
    }
}
