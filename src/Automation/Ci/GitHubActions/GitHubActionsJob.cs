using Automation.Ci.GitHubActions;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// One job of a generated GitHub Actions workflow (NUKE's <c>GitHubActionsJob</c>), as <see cref="GitHubActionsAttribute"/>'s
/// <c>GetJobs</c> returns it: an override changes it, most often its <see cref="Steps"/>, before it is written.
/// </summary>
public class GitHubActionsJob : ConfigurationEntity
{
    /// <summary>The job's id: what <c>needs:</c> and branch protection rules refer to (<c>test-pack</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The runner image the job runs on (for a matrix over several images, the first one).</summary>
    public GitHubActionsImage Image { get; set; }

    /// <summary>Minutes after which GitHub cancels the job; 0: GitHub's default.</summary>
    public int TimeoutMinutes { get; set; }

    /// <summary>The GitHub environment the job runs in (its protection rules apply); null: none.</summary>
    public string? EnvironmentName { get; set; }

    /// <summary>The steps, in order: checkout, SDK setup, cache, downloads, the run step, uploads.</summary>
    public GitHubActionsStep[] Steps { get; set; } = [];

    /// <summary>What the generator puts between the id and the steps that a NUKE job has no property for: the display name, matrix, needs.</summary>
    internal YamlMap? Head { get; set; }

    /// <summary>The <c>runs-on</c> the generator chose (a label or the matrix expression), used while <see cref="Image"/> is unchanged.</summary>
    internal (GitHubActionsImage Image, string RunsOn)? GeneratedRunsOn { get; set; }

    /// <inheritdoc/>
    public override void Write(CustomFileWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in YamlEmitter.MapLines(new YamlMap { [Name] = ToYaml() }))
        {
            writer.WriteLine(line);
        }
    }

    internal YamlMap ToYaml()
    {
        var map = new YamlMap();
        foreach (var (key, value) in Head ?? new YamlMap { ["name"] = Name })
        {
            map[key] = value;
        }

        if (!string.IsNullOrWhiteSpace(EnvironmentName))
        {
            map["environment"] = EnvironmentName;
        }

        map["runs-on"] = GeneratedRunsOn is { } generated && generated.Image == Image ? generated.RunsOn : GitHubActionsImages.Label(Image);
        if (TimeoutMinutes > 0)
        {
            map["timeout-minutes"] = TimeoutMinutes;
        }

        map["steps"] = Steps.Select(GitHubWorkflowWriter.Lines).ToList();
        return map;
    }
}
