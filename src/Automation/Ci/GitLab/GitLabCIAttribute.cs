using Automation.Ci;
using Automation.Ci.GitLab;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// Generates <c>.gitlab-ci.yml</c>: one job per container image, each with full history (<c>GIT_DEPTH: 0</c>), the NuGet
/// packages and <c>.nuke/temp</c> cached keyed on project files, the invoked targets run through <c>./build.sh</c>
/// (which installs the SDK of <c>global.json</c> when the image lacks it), artifacts kept and a timeout. Imported
/// secrets are CI/CD variables named as the parameter's environment variable (mark them masked in GitLab).
/// <code>[GitLabCI(On = [GitLabCITrigger.MergeRequest], OnPushBranches = ["main"], InvokedTargets = ["test", "pack"], Images = ["mcr.microsoft.com/dotnet/sdk:10.0"])]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
#pragma warning disable CA1711 // "CI" is the product's name, not a suffix.
public sealed class GitLabCIAttribute : CiConfigurationAttribute
#pragma warning restore CA1711
{
    /// <summary>
    /// The pipeline sources that start the pipeline, as <c>workflow: rules:</c>; setting branches or tags below adds
    /// the matching source. None and no patterns: no rules, so GitLab's default (a pipeline for every push).
    /// </summary>
    public GitLabCITrigger[] On { get; set; } = [];

    /// <summary>Branch patterns (globs: <c>"main"</c>, <c>"release/*"</c>) whose pushes start the pipeline.</summary>
    public string[] OnPushBranches { get; set; } = [];

    /// <summary>Tag patterns (<c>"v*"</c>) whose pushes start the pipeline.</summary>
    public string[] OnPushTags { get; set; } = [];

    /// <summary>Target branch patterns of merge requests whose merge request pipelines run.</summary>
    public string[] OnMergeRequestBranches { get; set; } = [];

    /// <summary>Container images; one job each.</summary>
    public string[] Images { get; set; } = ["mcr.microsoft.com/dotnet/sdk:10.0"];

    internal override string Display => "[GitLabCI]";

    internal override string RelativePath => ".gitlab-ci.yml";

    internal override YamlMap Render(CiPipeline pipeline) => new GitLabPipelineWriter(this, pipeline).Write();
}
