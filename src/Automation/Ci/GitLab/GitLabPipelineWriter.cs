using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation.Ci.GitLab;

/// <summary>Builds the YAML tree of <c>.gitlab-ci.yml</c>: workflow rules, variables, then one job per image or the fan-out jobs.</summary>
internal sealed class GitLabPipelineWriter(GitLabCIAttribute attribute, CiPipeline pipeline)
{
    // Top-level keys that are not jobs, and `pages`, which deploys GitLab Pages.
    private static readonly HashSet<string> Reserved =
        ["after_script", "before_script", "cache", "default", "image", "include", "pages", "services", "stages", "types", "variables", "workflow"];

    public YamlMap Write()
    {
        if (attribute.Images.Length == 0)
        {
            throw new UsageException($"{attribute.Display} has no Images: name at least one container image, e.g. \"mcr.microsoft.com/dotnet/sdk:10.0\".");
        }

        pipeline.RequireSingleImageForFanOut(attribute.Display, attribute.Images);
        var root = new YamlMap();
        if (GitLabWorkflowRules.Write(attribute) is { } workflow)
        {
            root["workflow"] = workflow;
        }

        // Versioning reads the whole history, so no shallow clone.
        root["variables"] = new YamlMap { ["GIT_DEPTH"] = "0", ["NUGET_PACKAGES"] = "$CI_PROJECT_DIR/.nuget/packages" };
        if (pipeline.IsFanOut)
        {
            foreach (var job in pipeline.Jobs)
            {
                root[Reserved.Contains(job.Id)
                    ? throw new UsageException($"{attribute.Display}: a fan-out job would be named '{job.Id}', which GitLab reserves for a keyword or for GitLab Pages. Rename the target, or fan out other targets.")
                    : job.Id] = Job(job, attribute.Images[0]);
            }

            return root;
        }

        foreach (var image in attribute.Images)
        {
            root[attribute.Images.Length == 1 ? "build" : $"build {image}"] = Job(pipeline.SingleJob, image);
        }

        return root;
    }

    private YamlMap Job(CiJob job, string image)
    {
        var map = new YamlMap { ["image"] = image };
        var needs = pipeline.Jobs.Select(j => j.Id).Where(id => job.Needs.Contains(id) || job.DownloadsFrom.Contains(id)).ToList();
        if (needs.Count > 0)
        {
            // A job gets the artifacts of the jobs it lists only, so those it downloads from are listed too.
            map["needs"] = needs.Select(id => new YamlMap { ["job"] = id, ["artifacts"] = job.DownloadsFrom.Contains(id) }).ToList();
        }

        if (job.Environment is { } environment)
        {
            map["environment"] = new YamlMap { ["name"] = environment };
        }

        map["timeout"] = $"{pipeline.TimeoutMinutes} minutes";
        map["cache"] = new YamlMap
        {
            // GitLab keys a cache on at most two files or patterns: the SDK pin and the project files.
            ["key"] = new YamlMap { ["files"] = new[] { "global.json", "**/*.csproj" } },
            ["paths"] = new[] { ".nuget/packages", NukeLayout.RelativeTemporaryDirectory },
        };
        if (job.Partitions is { } parts)
        {
            // n copies of the job; GitLab numbers them from 1 in CI_NODE_INDEX, and a later job gets all their artifacts.
            map["parallel"] = parts;
        }

        map["script"] = new[] { job.Command(image) + job.PartitionArgument("$CI_NODE_INDEX") };

        if (job.Uploads.Count > 0)
        {
            map["artifacts"] = new YamlMap { ["paths"] = job.Uploads.Select(a => a.Path).Distinct(StringComparer.Ordinal).ToList() };
        }

        return map;
    }
}
