using Automation.Ci;
using Automation.Ci.AzurePipelines;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// Generates <c>.azure-pipelines/&lt;name&gt;.yml</c>: one job per image, each checking out with full history,
/// installing the SDK from <c>global.json</c>, caching the NuGet packages and <c>.nuke/temp</c> keyed on project
/// files, running the invoked targets through the bootstrap script and publishing artifacts. Imported secrets are
/// pipeline variables of the same name as the parameter's environment variable (mark them secret in Azure).
/// <code>[AzurePipelines("ci", TriggerBranches = ["main"], InvokedTargets = ["test", "pack"], Images = ["ubuntu-latest", "windows-latest"])]</code>
/// </summary>
/// <param name="name">The pipeline's file name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class AzurePipelinesAttribute(string name) : CiConfigurationAttribute
{
    /// <summary>The pipeline's file name.</summary>
    public string Name { get; } = name;

    /// <summary>Branch patterns whose pushes start the pipeline; none and no <see cref="TriggerTags"/>: <c>trigger: none</c>.</summary>
    public string[] TriggerBranches { get; set; } = [];

    /// <summary>Tag patterns whose pushes start the pipeline (<c>"v*"</c>).</summary>
    public string[] TriggerTags { get; set; } = [];

    /// <summary>Target branch patterns of pull requests that start the pipeline; none: <c>pr: none</c>.</summary>
    public string[] PullRequestBranches { get; set; } = [];

    /// <summary>Microsoft-hosted agent images (<c>"ubuntu-latest"</c>, <c>"windows-latest"</c>); one job each.</summary>
    public string[] Images { get; set; } = ["ubuntu-latest"];

    internal override string Display => $"[AzurePipelines(\"{Name}\")]";

    internal override string RelativePath => $".azure-pipelines/{Name}.yml";

    internal override YamlMap Render(CiPipeline pipeline) => new AzurePipelineWriter(this, pipeline).Write();
}
