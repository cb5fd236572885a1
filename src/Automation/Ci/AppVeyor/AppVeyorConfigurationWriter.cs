using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation.Ci.AppVeyor;

/// <summary>
/// Builds the YAML tree of <c>appveyor.yml</c>: images (a matrix), services, branch and commit filters, the encrypted
/// secrets, init and install commands, caches, the build script, and the artifacts.
/// </summary>
internal sealed class AppVeyorConfigurationWriter(AppVeyorAttribute attribute, CiPipeline pipeline)
{
    public YamlMap Write()
    {
        if (pipeline.IsFanOut)
        {
            throw new UsageException(
                $"{attribute.Display} sets FanOut or DeployEnvironments, but AppVeyor jobs cannot wait for one another: " +
                "run the targets in one job (remove FanOut and DeployEnvironments), or use [GitHubActions], [AzurePipelines] or [GitLabCI] for a pipeline of jobs.");
        }

        var job = pipeline.SingleJob;
        var root = new YamlMap { ["image"] = attribute.Images.ToList() };
        if (attribute.Services.Length > 0)
        {
            root["services"] = attribute.Services.Select(s => s.ToString().ToLowerInvariant()).ToList();
        }

        if (attribute.BranchesOnly.Length > 0 || attribute.BranchesExcept.Length > 0)
        {
            var branches = new YamlMap();
            if (attribute.BranchesOnly.Length > 0)
            {
                branches["only"] = attribute.BranchesOnly;
            }

            if (attribute.BranchesExcept.Length > 0)
            {
                branches["except"] = attribute.BranchesExcept;
            }

            root["branches"] = branches;
        }

        if (attribute.SkipTags)
        {
            root["skip_tags"] = true;
        }

        if (attribute.SkipBranchesWithPullRequest)
        {
            root["skip_branch_with_pr"] = true;
        }

        AddCommitFilter(root, "only_commits", attribute.OnlyCommitsMessage, attribute.OnlyCommitsAuthor);
        AddCommitFilter(root, "skip_commits", attribute.SkipCommitsMessage, attribute.SkipCommitsAuthor);

        // Imported secrets without a value here come from the project's environment settings, which AppVeyor passes to
        // the build as they are; only encrypted values are written, under the variable the parameter reads.
        var encrypted = pipeline.Secrets.Where(s => s.Encrypted is not null).ToList();
        if (encrypted.Count > 0)
        {
            var environment = new YamlMap();
            foreach (var secret in encrypted)
            {
                environment[secret.EnvironmentName] = new YamlMap { ["secure"] = secret.Encrypted };
            }

            root["environment"] = environment;
        }

        if (attribute.Init.Length > 0)
        {
            root["init"] = attribute.Init;
        }

        if (attribute.Submodules)
        {
            root["install"] = new[] { "git submodule update --init --recursive" };
        }

        if (attribute.Cache.Length > 0)
        {
            root["cache"] = attribute.Cache;
        }

        root["build_script"] = BuildScript(job);

        // The targets run the tests; AppVeyor's own test discovery would run them again.
        root["test"] = "off";
        if (job.Uploads.Count > 0)
        {
            root["artifacts"] = job.Uploads.Select(a => new YamlMap { ["path"] = a.Path, ["name"] = a.Name }).ToList();
        }

        return root;
    }

    // `cmd:` lines run on Windows images only and `sh:` lines on the others, so one script serves the whole matrix.
    private List<YamlMap> BuildScript(CiJob job)
    {
        var script = new List<YamlMap>();
        if (attribute.Images.Any(AppVeyorImages.IsWindows))
        {
            script.Add(new YamlMap { ["cmd"] = @".\build.cmd " + job.Arguments });
        }

        if (!attribute.Images.All(AppVeyorImages.IsWindows))
        {
            script.Add(new YamlMap { ["sh"] = "./build.sh " + job.Arguments });
        }

        return script;
    }

    private static void AddCommitFilter(YamlMap root, string key, string? message, string? author)
    {
        if (message is null && author is null)
        {
            return;
        }

        var filter = new YamlMap();
        if (message is not null)
        {
            filter["message"] = message;
        }

        if (author is not null)
        {
            filter["author"] = author;
        }

        root[key] = filter;
    }
}
