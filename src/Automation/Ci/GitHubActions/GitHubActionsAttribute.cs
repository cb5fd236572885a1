using Automation.Ci;
using Automation.Ci.GitHubActions;
using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation;

/// <summary>
/// Generates <c>.github/workflows/&lt;name&gt;.yml</c>: check out with full history (versioning needs it), set up the
/// SDK from <c>global.json</c>, cache the NuGet packages and <c>.nuke/temp</c> keyed on project files, run the invoked
/// targets through the bootstrap script, upload artifacts. Several <see cref="Images"/> make a matrix.
/// <code>[GitHubActions("ci", On = [GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest], InvokedTargets = ["test", "pack"], Images = ["ubuntu-latest", "windows-latest"])]</code>
/// </summary>
/// <remarks>
/// A build customises the workflow as with NUKE: derive from this attribute and override <see cref="GetJobs"/> (or
/// <see cref="GetImports"/>); the generator calls it once per job and writes what it returns, so steps inserted into
/// <see cref="GitHubActionsJob.Steps"/> (<see cref="GitHubActionsStep"/>s of the build's own) end up in the file.
/// </remarks>
/// <param name="name">The workflow's name and file name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public class GitHubActionsAttribute(string name) : CiConfigurationAttribute
{
    // Set while the generator asks this attribute for one job, so the default GetJobs/GetImports know which one;
    // attribute instances are created afresh for each generation, so nothing outlives it.
    private GitHubJobRequest? _request;

    /// <summary>NUKE's form: the workflow's name and its runner images, as <see cref="GitHubActionsImage"/> values
    /// (<c>[GitHubActions("ci", GitHubActionsImage.UbuntuLatest, GitHubActionsImage.WindowsLatest)]</c>).</summary>
    /// <param name="name">The workflow's name and file name.</param>
    /// <param name="image">The first runner image.</param>
    /// <param name="images">More runner images; with them the workflow is a matrix.</param>
    public GitHubActionsAttribute(string name, GitHubActionsImage image, params GitHubActionsImage[] images)
        : this(name)
    {
        ArgumentNullException.ThrowIfNull(images);
        Images = [.. new[] { image }.Concat(images).Select(GitHubActionsImages.Label)];
    }

    /// <summary>The workflow's name and file name.</summary>
    public string Name { get; } = name;

    /// <summary>Branch patterns whose pushes do not start the workflow (<c>branches-ignore</c>).</summary>
    public string[] OnPushBranchesIgnore { get; set; } = [];

    /// <summary>A cron schedule (<c>"0 3 * * *"</c>, UTC) that starts the workflow; null: none.</summary>
    public string? OnCronSchedule { get; set; }

    /// <summary>How many commits the checkout fetches; 0 (the default) fetches the whole history, which versioning needs.</summary>
    public uint FetchDepth { get; set; }

    /// <summary>Whether the checkout fetches submodules; unset leaves the action's default (none).</summary>
    public GitHubActionsSubmodules Submodules { get => SubmodulesOrNull ?? GitHubActionsSubmodules.False; set => SubmodulesOrNull = value; }

    /// <summary>Whether the checkout fetches Git LFS files; unset leaves the action's default (no).</summary>
    public bool Lfs { get => LfsOrNull ?? false; set => LfsOrNull = value; }

    /// <summary>Scopes the run's token may write (<c>permissions: &lt;scope&gt;: write</c>); without any, the token reads the contents only.</summary>
    public GitHubActionsPermissions[] WritePermissions { get; set; } = [];

    /// <summary>Scopes the run's token may read (<c>permissions: &lt;scope&gt;: read</c>) besides the contents.</summary>
    public GitHubActionsPermissions[] ReadPermissions { get; set; } = [];

    /// <summary>A condition on the artifact uploads (<c>if:</c>, e.g. <c>always()</c>); null: upload when the run step succeeded.</summary>
    public string? PublishCondition { get; set; }

    /// <summary>The workflow's concurrency group (<c>concurrency: group:</c>); runs of one group wait for each other. Null: none, unless <see cref="ConcurrencyCancelInProgress"/>.</summary>
    public string? ConcurrencyGroup { get; set; }

    /// <summary>Whether a new run cancels the running one of its concurrency group (by default the workflow and pull request).</summary>
    public bool ConcurrencyCancelInProgress { get; set; }

    /// <summary>The GitHub environment every job runs in (its protection rules and secrets apply); null: none.</summary>
    public string? EnvironmentName { get; set; }

    /// <summary>Tag patterns whose pushes do not start the workflow (<c>tags-ignore</c>).</summary>
    public string[] OnPushTagsIgnore { get; set; } = [];

    /// <summary>Path patterns: a push starts the workflow only when it changes one of them (<c>paths</c>).</summary>
    public string[] OnPushIncludePaths { get; set; } = [];

    /// <summary>Path patterns: a push that changes only these does not start the workflow (<c>paths-ignore</c>).</summary>
    public string[] OnPushExcludePaths { get; set; } = [];

    /// <summary>
    /// NUKE's tag filter for pull requests. GitHub has none (a pull request targets a branch, and GitHub rejects
    /// <c>tags:</c> under <c>pull_request:</c>), so generating a workflow with it set fails and names the fix:
    /// <see cref="OnPushTags"/> for tag builds. A build with <see cref="CiConfigurationAttribute.AutoGenerate"/> false
    /// keeps compiling and running with it.
    /// </summary>
    public string[] OnPullRequestTags { get; set; } = [];

    /// <summary>Path patterns: a pull request starts the workflow only when it changes one of them (<c>paths</c>).</summary>
    public string[] OnPullRequestIncludePaths { get; set; } = [];

    /// <summary>Path patterns: a pull request that changes only these does not start the workflow (<c>paths-ignore</c>).</summary>
    public string[] OnPullRequestExcludePaths { get; set; } = [];

    internal GitHubActionsSubmodules? SubmodulesOrNull { get; private set; }

    internal bool? LfsOrNull { get; private set; }

    /// <summary>Passes the run's token to the build as <c>GITHUB_TOKEN</c> (<see cref="GitHubActions.Token"/>).</summary>
    public bool EnableGitHubToken { get; set; }

    /// <summary>The files whose contents key the NuGet and <c>.nuke/temp</c> cache (globs for <c>hashFiles</c>).</summary>
    public string[] CacheKeyFiles { get; set; } = [.. CiPipeline.CacheKeyFiles];

    /// <summary>
    /// The paths cached between runs (NUKE's default: the NuGet packages and <c>.nuke/temp</c>). No paths, or no
    /// <see cref="CacheKeyFiles"/>, means no cache step (<c>CacheIncludePatterns = []</c> turns caching off).
    /// </summary>
    public string[] CacheIncludePatterns { get; set; } = ["~/.nuget/packages", NukeLayout.RelativeTemporaryDirectory];

    /// <summary>Paths under <see cref="CacheIncludePatterns"/> left out of the cache (written with a leading <c>!</c>).</summary>
    public string[] CacheExcludePatterns { get; set; } = [];

    /// <summary>The events that start the workflow. Setting branches or tags below adds the matching event.</summary>
    public GitHubActionsTrigger[] On { get; set; } = [];

    /// <summary>Branch patterns whose pushes start the workflow (<c>"main"</c>).</summary>
    public string[] OnPushBranches { get; set; } = [];

    /// <summary>Tag patterns whose pushes start the workflow (<c>"v*"</c>).</summary>
    public string[] OnPushTags { get; set; } = [];

    /// <summary>Target branch patterns of pull requests that start the workflow.</summary>
    public string[] OnPullRequestBranches { get; set; } = [];

    /// <summary>Runner images (<c>"ubuntu-latest"</c>, <c>"windows-latest"</c>); more than one makes a matrix.</summary>
    public string[] Images { get; set; } = ["ubuntu-latest"];

    internal override string Display => $"[GitHubActions(\"{Name}\")]";

    internal override string RelativePath => $".github/workflows/{Name}.yml";

    internal override YamlMap Render(CiPipeline pipeline) => new GitHubWorkflowWriter(this, pipeline).Write();

    /// <summary>Asks <see cref="GetJobs"/> for the job <paramref name="request"/> describes.</summary>
    internal GitHubActionsJob RequestJob(GitHubJobRequest request)
    {
        _request = request;
        try
        {
            return GetJobs(request.Image, request.RelevantTargets)
                ?? throw new UsageException($"{GetType().Name}.GetJobs returned null for job '{request.Job.Id}' of {Display}: return the job (base.GetJobs(image, relevantTargets), changed).");
        }
        finally
        {
            _request = null;
        }
    }

    /// <summary>
    /// The job the generator writes for <paramref name="image"/>: checkout, SDK setup, cache, artifact downloads, the step
    /// running the targets and the uploads. Override it to change the job, typically by inserting steps of the build's
    /// own into <see cref="GitHubActionsJob.Steps"/>; a job over a matrix of images asks once, with the first image.
    /// </summary>
    /// <param name="image">The runner image of the job.</param>
    /// <param name="relevantTargets">The targets the job runs, its dependencies included, in order.</param>
    /// <returns>The job to write.</returns>
    protected virtual GitHubActionsJob GetJobs(GitHubActionsImage image, IReadOnlyCollection<ExecutableTarget> relevantTargets)
    {
        var request = _request ?? throw new InvalidOperationException("GetJobs is called by the CI generator (./build.sh --generate-ci) only.");
        return request.Writer.DefaultJob(request, GetImports());
    }

    /// <summary>
    /// The environment of the step that runs the targets: the imported secrets (<c>NUGET_API_KEY: ${{ secrets.NUGET_API_KEY }}</c>),
    /// the imported variables and, with <see cref="EnableGitHubToken"/>, <c>GITHUB_TOKEN</c>. Override it to add more.
    /// </summary>
    /// <returns>Variable names and their values.</returns>
    protected virtual IEnumerable<(string Key, string Value)> GetImports()
    {
        var request = _request ?? throw new InvalidOperationException("GetImports is called by the CI generator (./build.sh --generate-ci) only.");
        return request.Writer.DefaultImports();
    }
}
