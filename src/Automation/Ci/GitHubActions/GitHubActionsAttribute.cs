using Automation.Ci;
using Automation.Ci.GitHubActions;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// Generates <c>.github/workflows/&lt;name&gt;.yml</c>: check out with full history (versioning needs it), set up the
/// SDK from <c>global.json</c>, cache the NuGet packages and <c>.nuke/temp</c> keyed on project files, run the invoked
/// targets through the bootstrap script, upload artifacts. Several <see cref="Images"/> make a matrix.
/// <code>[GitHubActions("ci", On = [GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest], InvokedTargets = ["test", "pack"], Images = ["ubuntu-latest", "windows-latest"])]</code>
/// </summary>
/// <param name="name">The workflow's name and file name.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class GitHubActionsAttribute(string name) : CiConfigurationAttribute
{
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

    /// <summary>Passes the run's token to the build as <c>GITHUB_TOKEN</c> (<see cref="GitHubActions.Token"/>).</summary>
    public bool EnableGitHubToken { get; set; }

    /// <summary>The files whose contents key the NuGet and <c>.nuke/temp</c> cache (globs for <c>hashFiles</c>).</summary>
    public string[] CacheKeyFiles { get; set; } = [.. CiPipeline.CacheKeyFiles];

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
}
