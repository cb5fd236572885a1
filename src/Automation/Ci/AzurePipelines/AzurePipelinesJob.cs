using Automation.Ci.AzurePipelines;
using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// One job of a generated Azure Pipelines file (NUKE's <c>AzurePipelinesJob</c>), as <see cref="AzurePipelinesAttribute"/>'s
/// <c>GetJob</c> returns it: an override changes it (its <see cref="DisplayName"/>, its <see cref="Steps"/>) before it is written.
/// </summary>
public class AzurePipelinesJob : ConfigurationEntity
{
    /// <summary>The job's name: what <c>dependsOn</c> refers to (letters, digits and underscores).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The name the pipeline's run shows.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The agent image the job runs on; null for an image without an <see cref="AzurePipelinesImage"/> name (the generator's label is kept).</summary>
    public AzurePipelinesImage? Image { get; set; }

    /// <summary>The jobs this one waits for (<c>dependsOn</c>).</summary>
    public AzurePipelinesJob[] Dependencies { get; set; } = [];

    /// <summary>How many agents run the job at once (<c>strategy: parallel</c>); 0 or 1: one.</summary>
    public int Parallel { get; set; }

    /// <summary>Minutes after which Azure cancels the job; 0: Azure's default.</summary>
    public int TimeoutInMinutes { get; set; }

    /// <summary>The steps, in order: checkout, SDK setup, caches, downloads, the run step, publishing.</summary>
    public AzurePipelinesStep[] Steps { get; set; } = [];

    /// <summary>The Azure environment a deployment job deploys to; null for a plain job.</summary>
    internal string? Environment { get; set; }

    /// <summary>The <c>vmImage</c> the generator chose, used while <see cref="Image"/> is unchanged.</summary>
    internal (AzurePipelinesImage? Image, string Label)? GeneratedImage { get; set; }

    /// <inheritdoc/>
    public override void Write(CustomFileWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in YamlEmitter.SequenceItemLines(ToYaml()))
        {
            writer.WriteLine(line);
        }
    }

    internal YamlMap ToYaml()
    {
        // A deployment job, so the Azure environment's approvals and checks apply and its history records it.
        var map = Environment is null ? new YamlMap { ["job"] = Name } : new YamlMap { ["deployment"] = Name };
        map["displayName"] = DisplayName;
        if (Dependencies.Length > 0)
        {
            map["dependsOn"] = Dependencies.Select(dependency => dependency.Name).ToList();
        }

        if (Environment is { } deployTo)
        {
            map["environment"] = deployTo;
        }

        var label = GeneratedImage is { } generated && generated.Image == Image ? generated.Label : Image is { } image ? AzurePipelinesImages.Label(image) : null;
        if (label is not null)
        {
            map["pool"] = new YamlMap { ["vmImage"] = label };
        }

        if (TimeoutInMinutes > 0)
        {
            map["timeoutInMinutes"] = TimeoutInMinutes;
        }

        var steps = Steps.Select(AzurePipelineWriter.Lines).ToList();
        if (Environment is null)
        {
            if (Parallel > 1)
            {
                map["strategy"] = new YamlMap { ["parallel"] = Parallel };
            }

            map["steps"] = steps;
        }
        else
        {
            map["strategy"] = new YamlMap { ["runOnce"] = new YamlMap { ["deploy"] = new YamlMap { ["steps"] = steps } } };
        }

        return map;
    }
}
