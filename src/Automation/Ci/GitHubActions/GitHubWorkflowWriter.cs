using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation.Ci.GitHubActions;

/// <summary>Builds the YAML tree of one GitHub Actions workflow: triggers, then one job (a matrix over several images) or the fan-out jobs.</summary>
internal sealed class GitHubWorkflowWriter(GitHubActionsAttribute attribute, CiPipeline pipeline)
{
    private const string MatrixImage = "${{ matrix.image }}";

    private bool IsMatrix => attribute.Images.Length > 1;

    public YamlMap Write()
    {
        if (attribute.Images.Length == 0)
        {
            throw new UsageException($"{attribute.Display} has no Images: name at least one runner image, e.g. \"ubuntu-latest\".");
        }

        pipeline.RequireSingleImageForFanOut(attribute.Display, attribute.Images);
        var jobs = new YamlMap();
        foreach (var job in pipeline.Jobs)
        {
            // The job id is what `needs:` and branch protection rules refer to: the targets it runs.
            jobs[job.Id] = Job(job);
        }

        return new YamlMap
        {
            ["name"] = attribute.Name,
            ["on"] = Triggers(),
            ["permissions"] = new YamlMap { ["contents"] = "read" },
            ["jobs"] = jobs,
        };
    }

    private YamlMap Job(CiJob job)
    {
        // A single job is named after its image; fan-out jobs show their id.
        var map = new YamlMap();
        if (!pipeline.IsFanOut)
        {
            map["name"] = IsMatrix ? MatrixImage : attribute.Images[0];
        }

        if (IsMatrix)
        {
            var include = attribute.Images.Select(image => new YamlMap { ["image"] = image, ["build"] = CiPipeline.BuildScript(image) }).ToList();
            map["strategy"] = new YamlMap { ["fail-fast"] = false, ["matrix"] = new YamlMap { ["include"] = include } };
        }

        if (job.Needs.Count > 0)
        {
            map["needs"] = job.Needs;
        }

        if (job.Environment is { } environment)
        {
            // GitHub's environment: its protection rules and required reviewers gate the job.
            map["environment"] = environment;
        }

        map["runs-on"] = IsMatrix ? MatrixImage : attribute.Images[0];
        map["timeout-minutes"] = pipeline.TimeoutMinutes;
        map["steps"] = Steps(job);
        return map;
    }

    private YamlMap Triggers()
    {
        var triggers = new YamlMap();
        if (attribute.On.Contains(GitHubActionsTrigger.Push) || attribute.OnPushBranches.Length > 0 || attribute.OnPushBranchesIgnore.Length > 0 || attribute.OnPushTags.Length > 0)
        {
            var push = new YamlMap();
            AddPatterns(push, "branches", attribute.OnPushBranches);
            AddPatterns(push, "branches-ignore", attribute.OnPushBranchesIgnore);
            AddPatterns(push, "tags", attribute.OnPushTags);
            triggers["push"] = push.Count == 0 ? null : push;
        }

        if (attribute.On.Contains(GitHubActionsTrigger.PullRequest) || attribute.OnPullRequestBranches.Length > 0)
        {
            var pullRequest = new YamlMap();
            AddPatterns(pullRequest, "branches", attribute.OnPullRequestBranches);
            triggers["pull_request"] = pullRequest.Count == 0 ? null : pullRequest;
        }

        if (attribute.On.Contains(GitHubActionsTrigger.WorkflowDispatch))
        {
            triggers["workflow_dispatch"] = null;
        }

        if (attribute.OnCronSchedule is { } cron)
        {
            triggers["schedule"] = new List<YamlMap> { new() { ["cron"] = cron } };
        }

        return triggers.Count > 0
            ? triggers
            : throw new UsageException($"{attribute.Display} has no trigger: set On = [GitHubActionsTrigger.Push, ...], OnPushBranches, OnPushTags or OnPullRequestBranches.");
    }

    private static void AddPatterns(YamlMap map, string key, string[] patterns)
    {
        if (patterns.Length > 0)
        {
            map[key] = patterns;
        }
    }

    private List<YamlMap> Steps(CiJob job)
    {
        var steps = new List<YamlMap>
        {
            new() { ["uses"] = "actions/checkout@v4", ["with"] = new YamlMap { ["fetch-depth"] = (int)attribute.FetchDepth } },
            new() { ["uses"] = "actions/setup-dotnet@v4", ["with"] = new YamlMap { ["global-json-file"] = "global.json" } },
            new()
            {
                ["uses"] = "actions/cache@v4",
                ["with"] = new YamlMap
                {
                    ["path"] = $"~/.nuget/packages\n{NukeLayout.RelativeTemporaryDirectory}\n",
                    ["key"] = "${{ runner.os }}-${{ hashFiles(" + string.Join(", ", attribute.CacheKeyFiles.Select(f => $"'{f}'")) + ") }}",
                },
            },
        };
        foreach (var download in job.Downloads)
        {
            steps.Add(new YamlMap { ["uses"] = "actions/download-artifact@v4", ["with"] = new YamlMap { ["name"] = download.Artifact.Name, ["path"] = download.Artifact.Path } });
        }

        var run = new YamlMap { ["name"] = job.Title, ["run"] = IsMatrix ? "${{ matrix.build }} " + job.Arguments : job.Command(attribute.Images[0]) };
        var environment = new YamlMap();
        foreach (var secret in pipeline.Secrets)
        {
            environment[secret.EnvironmentName] = $"${{{{ secrets.{secret.EnvironmentName} }}}}";
        }

        foreach (var variable in pipeline.Variables)
        {
            environment[variable.EnvironmentName] = $"${{{{ vars.{variable.EnvironmentName} }}}}";
        }

        if (attribute.EnableGitHubToken)
        {
            environment["GITHUB_TOKEN"] = "${{ secrets.GITHUB_TOKEN }}";
        }

        if (environment.Count > 0)
        {
            run["env"] = environment;
        }

        steps.Add(run);
        var downloaded = pipeline.Jobs.SelectMany(j => j.Downloads).Select(d => d.Artifact.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var artifact in job.Uploads)
        {
            // Artifact names are unique per run, so each matrix job uploads under its own name.
            var with = new YamlMap { ["name"] = IsMatrix ? $"{artifact.Name}-{MatrixImage}" : artifact.Name, ["path"] = artifact.Path };
            if (downloaded.Contains(artifact.Name))
            {
                // A later job needs it: fail here, where the cause is, rather than at its download.
                with["if-no-files-found"] = "error";
            }

            steps.Add(new YamlMap { ["uses"] = "actions/upload-artifact@v4", ["with"] = with });
        }

        return steps;
    }
}
