using Automation.Ci.Yaml;
using Automation.Cli;

namespace Automation.Ci.GitHubActions;

/// <summary>Builds the YAML tree of one GitHub Actions workflow: triggers, then one job (a matrix over several images).</summary>
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

        var job = new YamlMap { ["name"] = IsMatrix ? MatrixImage : attribute.Images[0] };
        if (IsMatrix)
        {
            var include = attribute.Images.Select(image => new YamlMap { ["image"] = image, ["build"] = CiPipeline.BuildScript(image) }).ToList();
            job["strategy"] = new YamlMap { ["fail-fast"] = false, ["matrix"] = new YamlMap { ["include"] = include } };
        }

        job["runs-on"] = IsMatrix ? MatrixImage : attribute.Images[0];
        job["timeout-minutes"] = pipeline.TimeoutMinutes;
        job["steps"] = Steps();
        return new YamlMap
        {
            ["name"] = attribute.Name,
            ["on"] = Triggers(),
            ["permissions"] = new YamlMap { ["contents"] = "read" },
            ["jobs"] = new YamlMap { [JobId] = job },
        };
    }

    // The job id is what `needs:` and branch protection rules refer to: the targets it runs.
    private string JobId => string.Join('-', pipeline.Targets);

    private YamlMap Triggers()
    {
        var triggers = new YamlMap();
        if (attribute.On.Contains(GitHubActionsTrigger.Push) || attribute.OnPushBranches.Length > 0 || attribute.OnPushTags.Length > 0)
        {
            var push = new YamlMap();
            AddPatterns(push, "branches", attribute.OnPushBranches);
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

    private List<YamlMap> Steps()
    {
        var steps = new List<YamlMap>
        {
            new() { ["uses"] = "actions/checkout@v4", ["with"] = new YamlMap { ["fetch-depth"] = 0 } },
            new() { ["uses"] = "actions/setup-dotnet@v4", ["with"] = new YamlMap { ["global-json-file"] = "global.json" } },
            new()
            {
                ["uses"] = "actions/cache@v4",
                ["with"] = new YamlMap
                {
                    ["path"] = $"~/.nuget/packages\n{CiPipeline.TemporaryDirectory}\n",
                    ["key"] = "${{ runner.os }}-${{ hashFiles(" + string.Join(", ", CiPipeline.CacheKeyFiles.Select(f => $"'{f}'")) + ") }}",
                },
            },
        };
        var run = new YamlMap { ["name"] = pipeline.Title, ["run"] = IsMatrix ? "${{ matrix.build }} " + string.Join(' ', pipeline.Targets) : pipeline.Command(attribute.Images[0]) };
        if (pipeline.Secrets.Count > 0)
        {
            var environment = new YamlMap();
            foreach (var secret in pipeline.Secrets)
            {
                environment[secret.EnvironmentName] = $"${{{{ secrets.{secret.EnvironmentName} }}}}";
            }

            run["env"] = environment;
        }

        steps.Add(run);
        foreach (var artifact in pipeline.Artifacts)
        {
            // Artifact names are unique per run, so each matrix job uploads under its own name.
            var name = IsMatrix ? $"{artifact.Name}-{MatrixImage}" : artifact.Name;
            steps.Add(new YamlMap { ["uses"] = "actions/upload-artifact@v4", ["with"] = new YamlMap { ["name"] = name, ["path"] = artifact.Path } });
        }

        return steps;
    }
}
