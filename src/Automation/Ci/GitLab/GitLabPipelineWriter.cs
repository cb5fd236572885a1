using Automation.Ci.Yaml;
using Automation.Cli;

namespace Automation.Ci.GitLab;

/// <summary>Builds the YAML tree of <c>.gitlab-ci.yml</c>: variables, then one job per image.</summary>
internal sealed class GitLabPipelineWriter(GitLabCIAttribute attribute, CiPipeline pipeline)
{
    public YamlMap Write()
    {
        if (attribute.Images.Length == 0)
        {
            throw new UsageException($"{attribute.Display} has no Images: name at least one container image, e.g. \"mcr.microsoft.com/dotnet/sdk:10.0\".");
        }

        var root = new YamlMap
        {
            // Versioning reads the whole history, so no shallow clone.
            ["variables"] = new YamlMap { ["GIT_DEPTH"] = "0", ["NUGET_PACKAGES"] = "$CI_PROJECT_DIR/.nuget/packages" },
        };
        foreach (var image in attribute.Images)
        {
            root[attribute.Images.Length == 1 ? "build" : $"build {image}"] = Job(image);
        }

        return root;
    }

    private YamlMap Job(string image)
    {
        var job = new YamlMap
        {
            ["image"] = image,
            ["timeout"] = $"{pipeline.TimeoutMinutes} minutes",
            ["cache"] = new YamlMap
            {
                // GitLab keys a cache on at most two files or patterns: the SDK pin and the project files.
                ["key"] = new YamlMap { ["files"] = new[] { "global.json", "**/*.csproj" } },
                ["paths"] = new[] { ".nuget/packages", CiPipeline.TemporaryDirectory },
            },
            ["script"] = new[] { pipeline.Command(image) },
        };
        if (pipeline.Artifacts.Count > 0)
        {
            job["artifacts"] = new YamlMap { ["paths"] = pipeline.Artifacts.Select(a => a.Path).ToList() };
        }

        return job;
    }
}
