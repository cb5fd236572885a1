using Automation.Ci;
using Automation.Ci.GitLab;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// Generates <c>.gitlab-ci.yml</c>: one job per container image, each with full history (<c>GIT_DEPTH: 0</c>), the NuGet
/// packages and <c>.nuke/temp</c> cached keyed on project files, the invoked targets run through <c>./build.sh</c>
/// (which installs the SDK of <c>global.json</c> when the image lacks it), artifacts kept and a timeout. Imported
/// secrets are CI/CD variables named as the parameter's environment variable (mark them masked in GitLab).
/// <code>[GitLabCI(InvokedTargets = ["test", "pack"], Images = ["mcr.microsoft.com/dotnet/sdk:10.0"])]</code>
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
#pragma warning disable CA1711 // "CI" is the product's name, not a suffix.
public sealed class GitLabCIAttribute : CiConfigurationAttribute
#pragma warning restore CA1711
{
    /// <summary>Container images; one job each.</summary>
    public string[] Images { get; set; } = ["mcr.microsoft.com/dotnet/sdk:10.0"];

    internal override string Display => "[GitLabCI]";

    internal override string RelativePath => ".gitlab-ci.yml";

    internal override YamlMap Render(CiPipeline pipeline) => new GitLabPipelineWriter(this, pipeline).Write();
}
