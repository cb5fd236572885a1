using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation.Ci.GitHubActions;

/// <summary>Builds the YAML tree of one GitHub Actions workflow: triggers, then one job (a matrix over several images) or the fan-out jobs.</summary>
internal sealed class GitHubWorkflowWriter(GitHubActionsAttribute attribute, CiPipeline pipeline)
{
    private const string MatrixImage = "${{ matrix.image }}";
    private const string MatrixPartition = "${{ matrix.partition }}";

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
            var written = Job(job);
            jobs[written.Name] = written.ToYaml();
        }

        var workflow = new YamlMap
        {
            ["name"] = attribute.Name,
            ["on"] = Triggers(),
            ["permissions"] = Permissions(),
        };
        if (attribute.ConcurrencyGroup is not null || attribute.ConcurrencyCancelInProgress)
        {
            // By default only runs of the same workflow and pull request (or the same push) cancel each other.
            var concurrency = new YamlMap { ["group"] = attribute.ConcurrencyGroup ?? "${{ github.workflow }} @ ${{ github.event.pull_request.head.label || github.head_ref || github.run_id }}" };
            if (attribute.ConcurrencyCancelInProgress)
            {
                concurrency["cancel-in-progress"] = true;
            }

            workflow["concurrency"] = concurrency;
        }

        workflow["jobs"] = jobs;
        return workflow;
    }

    private GitHubActionsJob Job(CiJob job) => attribute.RequestJob(new GitHubJobRequest(this, job, FirstImage(), pipeline.RelevantTargets(job)));

    /// <summary>The job <see cref="GitHubActionsAttribute"/>'s default <c>GetJobs</c> returns.</summary>
    public GitHubActionsJob DefaultJob(GitHubJobRequest request, IEnumerable<(string Key, string Value)> imports)
    {
        var job = request.Job;

        // A single job is named after its image; fan-out jobs show their id.
        var head = new YamlMap();
        if (!pipeline.IsFanOut)
        {
            head["name"] = (IsMatrix ? MatrixImage : attribute.Images[0]) + (job.Partitions is { } parts ? $" ({MatrixPartition}/{parts})" : string.Empty);
        }

        if (Matrix(job) is { } matrix)
        {
            head["strategy"] = new YamlMap { ["fail-fast"] = false, ["matrix"] = matrix };
        }

        if (job.Needs.Count > 0)
        {
            head["needs"] = job.Needs;
        }

        // The job pushes to the repository (the delivery ledger): its token may write the contents, and only its token.
        if (job.PushesToRepository && PushPermissions() is { } permissions)
        {
            head["permissions"] = permissions;
        }

        return new GitHubActionsJob
        {
            Name = job.Id,
            Image = request.Image,
            TimeoutMinutes = pipeline.TimeoutMinutes,

            // GitHub's environment: its protection rules and required reviewers gate the job.
            EnvironmentName = job.Environment ?? attribute.EnvironmentName,
            Steps = [.. Steps(job, imports)],
            Head = head,
            GeneratedRunsOn = (request.Image, IsMatrix ? MatrixImage : attribute.Images[0]),
        };
    }

    // Several images: one job per image. A partitioned target (.Partition(n)): one job per part, each given its part
    // with --partition; with several images, one per image and part.
    private YamlMap? Matrix(CiJob job)
    {
        var parts = Enumerable.Range(1, job.Partitions ?? 1).ToList();
        if (IsMatrix)
        {
            var include = attribute.Images.SelectMany(image => parts.Select(part =>
            {
                var entry = new YamlMap { ["image"] = image, ["build"] = CiPipeline.BuildScript(image) };
                if (job.Partitions is not null)
                {
                    entry["partition"] = part;
                }

                return entry;
            })).ToList();
            return new YamlMap { ["include"] = include };
        }

        return job.Partitions is null ? null : new YamlMap { ["partition"] = parts };
    }

    /// <summary>The environment of the run step: imported secrets and variables, and the run's token when enabled.</summary>
    public IEnumerable<(string Key, string Value)> DefaultImports()
    {
        foreach (var secret in pipeline.Secrets)
        {
            yield return (secret.EnvironmentName, $"${{{{ secrets.{secret.EnvironmentName} }}}}");
        }

        foreach (var variable in pipeline.Variables)
        {
            yield return (variable.EnvironmentName, $"${{{{ vars.{variable.EnvironmentName} }}}}");
        }

        if (attribute.EnableGitHubToken)
        {
            yield return ("GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}");
        }
    }

    private bool IsPartitioned(string jobId) => pipeline.Jobs.Any(j => j.Id == jobId && j.Partitions is not null);

    /// <summary>A step's YAML lines, checked to be one sequence item.</summary>
    public static YamlLines Lines(GitHubActionsStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return YamlLines.Written(step.GetType().Name, step.Write);
    }

    // The image passed to GetJobs: the attribute's first image by its name. A runner label without a name reaches an
    // override of GetJobs as nothing it could act on, so it is refused there.
    private GitHubActionsImage FirstImage()
    {
        if (GitHubActionsImages.TryParse(attribute.Images[0], out var image))
        {
            return image;
        }

        var getJobs = attribute.GetType().GetMethod("GetJobs", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        return getJobs.DeclaringType == typeof(GitHubActionsAttribute)
            ? default
            : throw new UsageException($"{attribute.Display} runs on '{attribute.Images[0]}', which has no GitHubActionsImage name, and {attribute.GetType().Name} overrides GetJobs: name the image with GitHubActionsImage, or put the runner label first that has one.");
    }

    private YamlMap Triggers()
    {
        var triggers = new YamlMap();
        if (attribute.On.Contains(GitHubActionsTrigger.Push) || attribute.OnPushBranches.Length > 0 || attribute.OnPushBranchesIgnore.Length > 0 || attribute.OnPushTags.Length > 0
            || attribute.OnPushTagsIgnore.Length > 0 || attribute.OnPushIncludePaths.Length > 0 || attribute.OnPushExcludePaths.Length > 0)
        {
            var push = new YamlMap();
            AddPatterns(push, "branches", attribute.OnPushBranches);
            AddPatterns(push, "branches-ignore", attribute.OnPushBranchesIgnore);
            AddPatterns(push, "tags", attribute.OnPushTags);
            AddPatterns(push, "tags-ignore", attribute.OnPushTagsIgnore);
            AddPatterns(push, "paths", attribute.OnPushIncludePaths);
            AddPatterns(push, "paths-ignore", attribute.OnPushExcludePaths);
            triggers["push"] = push.Count == 0 ? null : push;
        }

        if (attribute.OnPullRequestTags.Length > 0)
        {
            // NUKE wrote `tags:` under `pull_request:`, which GitHub does not accept (actionlint: "tags" filter is not
            // available for pull_request event): a pull request has a target branch, not a tag.
            throw new UsageException(
                $"{attribute.Display} sets OnPullRequestTags, but GitHub's pull_request event has no tag filter (a pull request targets a branch). " +
                "Remove OnPullRequestTags: build tags with OnPushTags, and pull requests with OnPullRequestBranches.");
        }

        if (attribute.On.Contains(GitHubActionsTrigger.PullRequest) || attribute.OnPullRequestBranches.Length > 0
            || attribute.OnPullRequestIncludePaths.Length > 0 || attribute.OnPullRequestExcludePaths.Length > 0)
        {
            var pullRequest = new YamlMap();
            AddPatterns(pullRequest, "branches", attribute.OnPullRequestBranches);
            AddPatterns(pullRequest, "paths", attribute.OnPullRequestIncludePaths);
            AddPatterns(pullRequest, "paths-ignore", attribute.OnPullRequestExcludePaths);
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

    // The token reads the contents unless asked for more; a write permission wins over a read of the same scope.
    private List<(string Key, string Level)> PermissionLevels()
    {
        var levels = new List<(string Key, string Level)> { ("contents", "read") };
        foreach (var (permissions, level) in new[] { (attribute.ReadPermissions, "read"), (attribute.WritePermissions, "write") })
        {
            foreach (var key in permissions.Select(GitHubActionsPermissionKeys.Key))
            {
                levels.RemoveAll(entry => entry.Key == key);
                levels.Add((key, level));
            }
        }

        return levels;
    }

    private YamlMap Permissions() => PermissionMap(PermissionLevels());

    // A job's permissions replace the workflow's, so a job that pushes gets all of them, the contents raised to write;
    // none when the workflow grants that already.
    private YamlMap? PushPermissions()
    {
        var levels = PermissionLevels();
        if (levels.Contains(("contents", "write")))
        {
            return null;
        }

        levels.RemoveAll(entry => entry.Key == "contents");
        levels.Add(("contents", "write"));
        return PermissionMap(levels);
    }

    private static YamlMap PermissionMap(IEnumerable<(string Key, string Level)> levels)
    {
        var map = new YamlMap();
        foreach (var (key, level) in levels.OrderBy(entry => entry.Key != "contents"))
        {
            map[key] = level;
        }

        return map;
    }

    private IEnumerable<GitHubActionsStep> Steps(CiJob job, IEnumerable<(string Key, string Value)> imports)
    {
        yield return new GitHubActionsCheckoutStep { FetchDepth = attribute.FetchDepth, Submodules = attribute.SubmodulesOrNull, Lfs = attribute.LfsOrNull };
        yield return new GitHubActionsUsesStep("actions/setup-dotnet@v4", new YamlMap { ["global-json-file"] = "global.json" });
        // actions/cache needs a path and a key: without either there is nothing to cache (as in NUKE).
        if (attribute.CacheIncludePatterns.Length > 0 && attribute.CacheKeyFiles.Length > 0)
        {
            yield return new GitHubActionsCacheStep { IncludePatterns = attribute.CacheIncludePatterns, ExcludePatterns = attribute.CacheExcludePatterns, KeyFiles = attribute.CacheKeyFiles };
        }

        foreach (var download in job.Downloads)
        {
            // Each part of a partitioned job uploads under its own name: take them all, into the one folder.
            yield return new GitHubActionsUsesStep("actions/download-artifact@v4", IsPartitioned(download.JobId)
                ? new YamlMap { ["pattern"] = download.Artifact.Name + "-*", ["path"] = download.Artifact.Path, ["merge-multiple"] = true }
                : new YamlMap { ["name"] = download.Artifact.Name, ["path"] = download.Artifact.Path });
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in imports)
        {
            if (!environment.TryAdd(key, value))
            {
                throw new UsageException($"{attribute.Display} passes {key} to the build twice (GetImports). Import it once.");
            }
        }

        yield return new GitHubActionsRunStep
        {
            InvokedTargets = [.. job.Targets],
            Command = (IsMatrix ? "${{ matrix.build }} " + job.Arguments : job.Command(attribute.Images[0])) + job.PartitionArgument(MatrixPartition),
            Imports = environment,
        };
        var downloaded = pipeline.Jobs.SelectMany(j => j.Downloads).Select(d => d.Artifact.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var artifact in job.Uploads)
        {
            // Artifact names are unique per run, so each matrix job uploads under its own name.
            yield return new GitHubActionsArtifactStep
            {
                Name = (IsMatrix ? $"{artifact.Name}-{MatrixImage}" : artifact.Name) + (job.Partitions is null ? string.Empty : $"-{MatrixPartition}"),
                Path = artifact.Path,
                Condition = attribute.PublishCondition,
                FailWhenMissing = downloaded.Contains(artifact.Name),
            };
        }
    }
}
