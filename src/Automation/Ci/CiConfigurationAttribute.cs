using Automation.Ci;
using Automation.Ci.Yaml;
using Automation.Targets;

namespace Automation;

/// <summary>
/// What every CI configuration attribute (<see cref="GitHubActionsAttribute"/>, <see cref="AzurePipelinesAttribute"/>,
/// <see cref="GitLabCIAttribute"/>, <see cref="AppVeyorAttribute"/>, <see cref="TeamCityAttribute"/>) shares: the targets a job runs, the secrets it passes in, the artifacts it keeps and
/// its timeout. <c>./build.sh --generate-ci</c> writes the files; <c>./build.sh --verify-ci</c> fails when a committed
/// file differs from what the build would write.
/// </summary>
public abstract class CiConfigurationAttribute : Attribute
{
    private protected CiConfigurationAttribute()
    {
    }

    /// <summary>The targets each job runs, by command-line name (<c>"test", "pack"</c>); required.</summary>
    public string[] InvokedTargets { get; set; } = [];

    /// <summary>
    /// Parameters (by name, <c>"nuget-api-key"</c>) whose values come from the CI system's secret store, passed to the
    /// build as their environment variable (<c>NUGET_API_KEY</c>). Each must be a <see cref="SecretAttribute"/>
    /// parameter, so its value is masked in all output.
    /// </summary>
    public string[] ImportSecrets { get; set; } = [];

    /// <summary>
    /// Parameters (by name, <c>"nuget-source"</c>) whose values come from the CI system's plain (not secret) variables
    /// of the same name as the parameter's environment variable (<c>NUGET_SOURCE</c>): GitHub's <c>vars.NUGET_SOURCE</c>
    /// is passed as that environment variable; Azure Pipelines and GitLab CI hand their variables to scripts as
    /// environment variables already. An unset variable leaves the parameter's other sources in charge. A
    /// <see cref="SecretAttribute"/> parameter belongs in <see cref="ImportSecrets"/> instead.
    /// </summary>
    public string[] ImportVariables { get; set; } = [];

    /// <summary>
    /// Targets (by command-line name, each in the plan of <see cref="InvokedTargets"/>) that each get a CI job of their
    /// own, so independent ones run in parallel: <c>FanOut = ["unit-test", "integration-test"]</c>. A job waits for the
    /// jobs of the fan-out targets its target depends on (or is triggered by), downloads the folders they
    /// <see cref="ITargetDefinition.Produces"/> and skips them (<c>--skip</c>); a fan-out target that produces nothing
    /// is only a gate and runs again where it is needed, as every other dependency does (each job starts on a fresh
    /// agent). The invoked targets that are not fanned out run in a last job. Fan-out needs a single image.
    /// </summary>
    public string[] FanOut { get; set; } = [];

    /// <summary>Paths, relative to the repository root, uploaded as artifacts after the build (<c>"artifacts/packages"</c>); with <see cref="FanOut"/>, by the last jobs.</summary>
    public string[] ArtifactPaths { get; set; } = [];

    /// <summary>
    /// Whether the jobs that end the run also upload the folders their targets declare with
    /// <see cref="ITargetDefinition.Produces"/> (NUKE's <c>PublishArtifacts</c>, on by default), each named after its last
    /// segment; false uploads <see cref="ArtifactPaths"/> only.
    /// </summary>
    public bool PublishArtifacts { get; set; } = true;

    /// <summary>
    /// Environments the pipeline deploys to, lowest first (<c>"staging", "production"</c>): each gets a job
    /// <c>deploy-&lt;env&gt;</c> that runs <c>deploy --env &lt;env&gt;</c> after the build's jobs (and after the deploy to the
    /// environment before it), bound to the CI system's own environment so its protection rules and reviewers apply:
    /// GitHub Actions <c>environment:</c>, an Azure Pipelines deployment job, GitLab <c>environment:</c>.
    /// </summary>
    public string[] DeployEnvironments { get; set; } = [];

    /// <summary>
    /// Whether <c>--generate-ci</c> writes this file and <c>--verify-ci</c> checks it (NUKE's <c>AutoGenerate</c>); false
    /// leaves a hand-edited file alone.
    /// </summary>
    public bool AutoGenerate { get; set; } = true;

    /// <summary>Minutes after which the CI system cancels a job.</summary>
    public int TimeoutMinutes { get; set; } = 30;

    /// <summary>The attribute as written on the build class, for the generated file's header and messages.</summary>
    internal abstract string Display { get; }

    /// <summary>Where the file goes, relative to the repository root, with forward slashes.</summary>
    internal abstract string RelativePath { get; }

    /// <summary>The targets the configuration starts, by name: <see cref="InvokedTargets"/>, and TeamCity's triggered targets.</summary>
    internal virtual IReadOnlyList<string> EntryTargets => InvokedTargets;

    /// <summary>The targets of <paramref name="plan"/> that get a job of their own: <see cref="FanOut"/>, or every entry target on TeamCity.</summary>
    internal virtual IReadOnlyList<string> FanOutTargets(IReadOnlyList<ExecutableTarget> plan) => FanOut;

    /// <summary>Whether the CI system runs the job of a target split with <c>.Partition(n)</c> as n parallel copies.</summary>
    internal virtual bool RunsPartitions => true;

    /// <summary>
    /// The files this attribute writes, as path and content; by default one YAML file at <see cref="RelativePath"/>.
    /// </summary>
    internal virtual IEnumerable<(string Path, string Content)> RenderFiles(CiPipeline pipeline, IReadOnlyList<string> header) =>
        [(RelativePath, YamlEmitter.Write(Render(pipeline), header))];

    /// <summary>Secrets whose encrypted values the file itself carries (AppVeyor's <c>secure:</c>), by parameter; none elsewhere.</summary>
    internal virtual IEnumerable<(string Parameter, string Value)> EncryptedSecrets(Type buildType) => [];

    internal abstract YamlMap Render(CiPipeline pipeline);
}
