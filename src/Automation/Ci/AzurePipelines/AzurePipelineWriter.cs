using System.Text.RegularExpressions;
using Automation.Ci.Yaml;
using Automation.Cli;

namespace Automation.Ci.AzurePipelines;

/// <summary>Builds the YAML tree of one Azure Pipelines file: triggers, variables, one job per image.</summary>
internal sealed partial class AzurePipelineWriter(AzurePipelinesAttribute attribute, CiPipeline pipeline)
{
    public YamlMap Write()
    {
        if (attribute.Images.Length == 0)
        {
            throw new UsageException($"{attribute.Display} has no Images: name at least one agent image, e.g. \"ubuntu-latest\".");
        }

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
            ["jobs"] = attribute.Images.Select(Job).ToList(),
        };
    }

    private static void AddInclude(YamlMap map, string key, string[] patterns)
    {
        if (patterns.Length > 0)
        {
            map[key] = new YamlMap { ["include"] = patterns };
        }
    }

    private YamlMap Job(string image)
    {
        var cacheKey = string.Join(", ", CiPipeline.CacheKeyFiles);
        var steps = new List<YamlMap>
        {
            new() { ["checkout"] = "self", ["fetchDepth"] = 0 },
            new() { ["task"] = "UseDotNet@2", ["displayName"] = "Install the .NET SDK of global.json", ["inputs"] = new YamlMap { ["useGlobalJson"] = true } },
            Cache("NuGet packages", $"nuget | \"$(Agent.OS)\" | {cacheKey}", "$(NUGET_PACKAGES)"),
            Cache(CiPipeline.TemporaryDirectory, $"nuke-temp | \"$(Agent.OS)\" | {cacheKey}", CiPipeline.TemporaryDirectory),
        };
        var run = new YamlMap { ["script"] = pipeline.Command(image), ["displayName"] = pipeline.Title };
        if (pipeline.Secrets.Count > 0)
        {
            // Secret variables reach scripts only when mapped explicitly.
            var environment = new YamlMap();
            foreach (var secret in pipeline.Secrets)
            {
                environment[secret.EnvironmentName] = $"$({secret.EnvironmentName})";
            }

            run["env"] = environment;
        }

        steps.Add(run);
        foreach (var artifact in pipeline.Artifacts)
        {
            var name = attribute.Images.Length > 1 ? $"{artifact.Name}-{image}" : artifact.Name;
            steps.Add(new YamlMap { ["publish"] = artifact.Path, ["artifact"] = name });
        }

        return new YamlMap
        {
            ["job"] = NotIdentifier().Replace(image, "_"),
            ["displayName"] = image,
            ["pool"] = new YamlMap { ["vmImage"] = image },
            ["timeoutInMinutes"] = pipeline.TimeoutMinutes,
            ["steps"] = steps,
        };
    }

    private static YamlMap Cache(string what, string key, string path) => new()
    {
        ["task"] = "Cache@2",
        ["displayName"] = $"Cache {what}",
        ["inputs"] = new YamlMap { ["key"] = key, ["path"] = path },
    };

    // Azure job names allow letters, digits and underscores only.
    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NotIdentifier();
}
