using System.Text.RegularExpressions;
using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation.Ci.AzurePipelines;

/// <summary>Builds the YAML tree of one Azure Pipelines file: triggers, variables, one job per image or the fan-out jobs.</summary>
internal sealed partial class AzurePipelineWriter(AzurePipelinesAttribute attribute, CiPipeline pipeline)
{
    public YamlMap Write()
    {
        if (attribute.Images.Length == 0)
        {
            throw new UsageException($"{attribute.Display} has no Images: name at least one agent image, e.g. \"ubuntu-latest\".");
        }

        pipeline.RequireSingleImageForFanOut(attribute.Display, attribute.Images);

        var trigger = new YamlMap();
        AddInclude(trigger, "branches", attribute.TriggerBranches);
        AddInclude(trigger, "tags", attribute.TriggerTags);
        var pullRequest = new YamlMap();
        AddInclude(pullRequest, "branches", attribute.PullRequestBranches);
        return new YamlMap
        {
            ["trigger"] = trigger.Count == 0 ? "none" : trigger,
            ["pr"] = pullRequest.Count == 0 ? "none" : pullRequest,
            ["variables"] = new YamlMap { ["NUGET_PACKAGES"] = "$(Pipeline.Workspace)/.nuget/packages" },
            ["jobs"] = pipeline.IsFanOut
                ? pipeline.Jobs.Select(job => Job(job, attribute.Images[0], JobName(job.Id), job.Id, job.Needs.Select(JobName).ToList())).ToList()
                : attribute.Images.Select(image => Job(pipeline.SingleJob, image, JobName(image), image, [])).ToList(),
        };
    }

    private static void AddInclude(YamlMap map, string key, string[] patterns)
    {
        if (patterns.Length > 0)
        {
            map[key] = new YamlMap { ["include"] = patterns };
        }
    }

    private YamlMap Job(CiJob job, string image, string name, string displayName, List<string> dependsOn)
    {
        var cacheKey = string.Join(", ", CiPipeline.CacheKeyFiles);
        var checkout = new YamlMap { ["checkout"] = "self", ["fetchDepth"] = 0 };
        if (job.PushesToRepository)
        {
            // git push needs the job's access token, which the checkout keeps in the clone only when asked to.
            checkout["persistCredentials"] = true;
        }

        var steps = new List<YamlMap>
        {
            checkout,
            new() { ["task"] = "UseDotNet@2", ["displayName"] = "Install the .NET SDK of global.json", ["inputs"] = new YamlMap { ["useGlobalJson"] = true } },
            Cache("NuGet packages", $"nuget | \"$(Agent.OS)\" | {cacheKey}", "$(NUGET_PACKAGES)"),
            Cache(NukeLayout.RelativeTemporaryDirectory, $"nuke-temp | \"$(Agent.OS)\" | {cacheKey}", NukeLayout.RelativeTemporaryDirectory),
        };
        foreach (var download in job.Downloads)
        {
            // The `download:` shortcut puts artifacts under the pipeline workspace; the task puts them back where they were made.
            steps.Add(new YamlMap
            {
                ["task"] = "DownloadPipelineArtifact@2",
                ["displayName"] = $"Download {download.Artifact.Name}",
                ["inputs"] = new YamlMap { ["buildType"] = "current", ["artifactName"] = download.Artifact.Name, ["targetPath"] = $"$(Build.SourcesDirectory)/{download.Artifact.Path}" },
            });
        }

        var run = new YamlMap { ["script"] = job.Command(image), ["displayName"] = job.Title };
        if (pipeline.Secrets.Count > 0)
        {
            // Secret variables reach scripts only when mapped explicitly. Plain variables reach them as they are: mapping
            // one that is not set would pass the literal text $(NAME).
            var environment = new YamlMap();
            foreach (var secret in pipeline.Secrets)
            {
                environment[secret.EnvironmentName] = $"$({secret.EnvironmentName})";
            }

            run["env"] = environment;
        }

        steps.Add(run);
        foreach (var artifact in job.Uploads)
        {
            var artifactName = attribute.Images.Length > 1 ? $"{artifact.Name}-{image}" : artifact.Name;
            steps.Add(new YamlMap { ["publish"] = artifact.Path, ["artifact"] = artifactName });
        }

        // A deploy runs as a deployment job, so the Azure environment's approvals and checks apply and its history records it.
        var map = job.Environment is null ? new YamlMap { ["job"] = name } : new YamlMap { ["deployment"] = name };
        map["displayName"] = displayName;
        if (dependsOn.Count > 0)
        {
            map["dependsOn"] = dependsOn;
        }

        if (job.Environment is { } deployTo)
        {
            map["environment"] = deployTo;
        }

        map["pool"] = new YamlMap { ["vmImage"] = image };
        map["timeoutInMinutes"] = pipeline.TimeoutMinutes;
        if (job.Environment is null)
        {
            map["steps"] = steps;
        }
        else
        {
            map["strategy"] = new YamlMap { ["runOnce"] = new YamlMap { ["deploy"] = new YamlMap { ["steps"] = steps } } };
        }

        return map;
    }

    // Azure job names allow letters, digits and underscores only.
    private static string JobName(string text) => NotIdentifier().Replace(text, "_");

    private static YamlMap Cache(string what, string key, string path) => new()
    {
        ["task"] = "Cache@2",
        ["displayName"] = $"Cache {what}",
        ["inputs"] = new YamlMap { ["key"] = key, ["path"] = path },
    };

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NotIdentifier();
}
