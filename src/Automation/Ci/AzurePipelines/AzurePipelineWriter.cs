using System.Text.RegularExpressions;
using Automation.Ci.Yaml;
using Automation.Core;

namespace Automation.Ci.AzurePipelines;

/// <summary>Builds the YAML tree of one Azure Pipelines file: triggers, variables, one job per image or the fan-out jobs.</summary>
internal sealed partial class AzurePipelineWriter(AzurePipelinesAttribute attribute, CiPipeline pipeline)
{
    // The copy's part, from 1, in a job with `strategy: parallel`.
    private const string JobPosition = "$(System.JobPositionInPhase)";

    public CiPipeline Pipeline => pipeline;

    public YamlMap Write()
    {
        if (attribute.Images.Length == 0)
        {
            throw new UsageException($"{attribute.Display} has no Images: name at least one agent image, e.g. \"ubuntu-latest\".");
        }

        pipeline.RequireSingleImageForFanOut(attribute.Display, attribute.Images);
        RequireNoFannedOutNonEntryTarget();

        var root = new YamlMap();
        if (PushTrigger() is { } trigger)
        {
            root["trigger"] = trigger;
        }

        if (PullRequestTrigger() is { } pullRequest)
        {
            root["pr"] = pullRequest;
        }

        root["variables"] = Variables();
        root["jobs"] = Jobs().Select(job => job.ToYaml()).ToList();
        return root;
    }

    private IEnumerable<AzurePipelinesJob> Jobs()
    {
        var written = new Dictionary<string, AzurePipelinesJob>(StringComparer.Ordinal);
        var lookup = new LookupTable<ExecutableTarget, AzurePipelinesJob>();
        var jobs = pipeline.IsFanOut
            ? pipeline.Jobs.Select(job => (Job: WithExcluded(job), Image: attribute.Images[0], Name: JobName(job.Id), DisplayName: job.Id))
            : attribute.Images.Select(image => (Job: WithExcluded(pipeline.SingleJob), Image: image, Name: JobName(image), DisplayName: image));
        foreach (var (job, image, name, displayName) in jobs)
        {
            var relevant = pipeline.RelevantTargets(job);
            var entry = relevant.LastOrDefault(t => job.Targets.Contains(t.Name)) ?? relevant.LastOrDefault();
            var request = new AzureJobRequest(this, job, image, name, displayName, written);
            var created = entry is null
                ? DefaultJob(request, DefaultImports(attribute, pipeline))
                : attribute.RequestJob(request, entry, lookup, relevant, ImageOf(image));
            written[job.Id] = created;
            if (entry is not null)
            {
                lookup.Add(entry, created);
            }

            yield return created;
        }
    }

    /// <summary>The job <see cref="AzurePipelinesAttribute"/>'s default <c>GetJob</c> returns.</summary>
    public AzurePipelinesJob DefaultJob(AzureJobRequest request, IEnumerable<(string Key, string Value)> imports)
    {
        var job = request.Job;
        var image = request.ImageLabel;
        var cacheKey = string.Join(", ", attribute.CacheKeyFiles);
        var steps = new List<YamlMap> { Checkout(job), new() { ["task"] = "UseDotNet@2", ["displayName"] = "Install the .NET SDK of global.json", ["inputs"] = new YamlMap { ["useGlobalJson"] = true } } };
        steps.AddRange(attribute.CachePaths.Select(path => Cache(path, cacheKey)));
        foreach (var download in job.Downloads)
        {
            // The `download:` shortcut puts artifacts under the pipeline workspace; the task puts them back where they were
            // made. Each part of a partitioned job uploads under its own name: all of them go into the one folder.
            foreach (var name in PartNames(download.Artifact.Name, pipeline.Jobs.FirstOrDefault(j => j.Id == download.JobId)?.Partitions))
            {
                steps.Add(new YamlMap
                {
                    ["task"] = "DownloadPipelineArtifact@2",
                    ["displayName"] = $"Download {name}",
                    ["inputs"] = new YamlMap { ["buildType"] = "current", ["artifactName"] = name, ["targetPath"] = $"$(Build.SourcesDirectory)/{download.Artifact.Path}" },
                });
            }
        }

        // A partitioned target's job runs on Partitions agents at once (strategy: parallel), each given its part.
        var run = new YamlMap { ["script"] = job.Command(image) + job.PartitionArgument(JobPosition), ["displayName"] = job.Title };
        var environment = new YamlMap();
        foreach (var (key, value) in imports)
        {
            environment[key] = value;
        }

        if (environment.Count > 0)
        {
            run["env"] = environment;
        }

        steps.Add(run);
        foreach (var artifact in job.Uploads)
        {
            var artifactName = (attribute.Images.Length > 1 ? $"{artifact.Name}-{image}" : artifact.Name) + (job.Partitions is null ? string.Empty : $"-{JobPosition}");
            steps.Add(new YamlMap { ["publish"] = artifact.Path, ["artifact"] = artifactName });
        }

        var parsed = AzurePipelinesImages.TryParse(image, out var named) ? named : (AzurePipelinesImage?)null;
        return new AzurePipelinesJob
        {
            Name = request.Name,
            DisplayName = request.DisplayName,
            Dependencies = [.. job.Needs.Select(need => request.Written[need])],
            Image = parsed,
            GeneratedImage = (parsed, image),
            TimeoutInMinutes = pipeline.TimeoutMinutes,
            Parallel = job.Partitions ?? 0,
            Environment = job.Environment,
            Steps = [.. steps.Select(step => new AzurePipelinesGeneratedStep(step))],
        };
    }

    private static IEnumerable<string> PartNames(string name, int? partitions) =>
        partitions is { } total ? Enumerable.Range(1, total).Select(part => $"{name}-{part}") : [name];

    /// <summary>
    /// The run step's environment: secret variables reach scripts only when mapped explicitly. Plain variables reach them
    /// as they are: mapping one that is not set would pass the literal text $(NAME).
    /// </summary>
    public static IEnumerable<(string Key, string Value)> DefaultImports(AzurePipelinesAttribute attribute, CiPipeline pipeline)
    {
        foreach (var secret in pipeline.Secrets)
        {
            yield return (secret.EnvironmentName, $"$({secret.EnvironmentName})");
        }

        if (attribute.EnableAccessToken)
        {
            yield return ("SYSTEM_ACCESSTOKEN", "$(System.AccessToken)");
        }
    }

    /// <summary>A step's YAML lines, checked to be one sequence item.</summary>
    public static YamlLines Lines(AzurePipelinesStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return YamlLines.Written(step.GetType().Name, step.Write);
    }

    // An image without an AzurePipelinesImage name reaches an override of GetJob as nothing it could act on, so it is refused there.
    private AzurePipelinesImage ImageOf(string label)
    {
        if (AzurePipelinesImages.TryParse(label, out var image))
        {
            return image;
        }

        var getJob = attribute.GetType().GetMethod("GetJob", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        return getJob.DeclaringType == typeof(AzurePipelinesAttribute)
            ? default
            : throw new UsageException($"{attribute.Display} runs on '{label}', which has no AzurePipelinesImage name, and {attribute.GetType().Name} overrides GetJob: name the image with AzurePipelinesImage.");
    }

    // ExcludedTargets never run: each job's plan skips those it holds.
    private CiJob WithExcluded(CiJob job)
    {
        if (attribute.ExcludedTargets.Length == 0 || pipeline.Graph is not { } graph)
        {
            return job;
        }

        var excluded = attribute.ExcludedTargets.Select(name => graph.Find(name).Name).ToList();
        var inPlan = pipeline.RelevantTargets(job).Select(t => t.Name).Where(excluded.Contains).Where(name => !job.Skipped.Contains(name)).ToList();
        return inPlan.Count == 0 ? job : job with { Skipped = [.. job.Skipped, .. inPlan] };
    }

    private void RequireNoFannedOutNonEntryTarget()
    {
        if (pipeline.Graph is not { } graph || attribute.NonEntryTargets.Length == 0)
        {
            return;
        }

        var nonEntry = attribute.NonEntryTargets.Select(name => graph.Find(name).Name).ToHashSet(StringComparer.Ordinal);
        if (attribute.FanOut.Select(name => graph.Find(name).Name).FirstOrDefault(nonEntry.Contains) is { } clash)
        {
            throw new UsageException($"{attribute.Display} names '{clash}' in both FanOut and NonEntryTargets: a non-entry target never gets a job of its own. Remove it from one of them.");
        }
    }

    private YamlMap Checkout(CiJob job)
    {
        var checkout = new YamlMap { ["checkout"] = "self" };
        if (attribute.CleanOrNull is { } clean)
        {
            checkout["clean"] = clean;
        }

        checkout["fetchDepth"] = attribute.FetchDepth;
        if (attribute.SubmodulesOrNull is { } submodules)
        {
            checkout["submodules"] = submodules;
        }

        if (attribute.LargeFileStorageOrNull is { } lfs)
        {
            checkout["lfs"] = lfs;
        }

        if (job.PushesToRepository)
        {
            // git push needs the job's access token, which the checkout keeps in the clone only when asked to.
            checkout["persistCredentials"] = true;
        }

        return checkout;
    }

    private object? PushTrigger()
    {
        if (attribute.TriggerDisabled)
        {
            return "none";
        }

        var trigger = new YamlMap();
        if (attribute.TriggerBatchOrNull is { } batch)
        {
            trigger["batch"] = batch;
        }

        AddFilter(trigger, "branches", [.. attribute.TriggerBranches, .. attribute.TriggerBranchesInclude], attribute.TriggerBranchesExclude);
        AddFilter(trigger, "tags", [.. attribute.TriggerTags, .. attribute.TriggerTagsInclude], attribute.TriggerTagsExclude);
        AddFilter(trigger, "paths", attribute.TriggerPathsInclude, attribute.TriggerPathsExclude);

        // NUKE's form leaves an unset trigger to Azure's default (every push), as NUKE did; the named form writes none.
        return trigger.Count > 0 ? trigger : attribute.IsNukeForm ? null : "none";
    }

    private object? PullRequestTrigger()
    {
        if (attribute.PullRequestsDisabled)
        {
            return "none";
        }

        var pullRequest = new YamlMap();
        if (attribute.PullRequestsAutoCancelOrNull is { } autoCancel)
        {
            pullRequest["autoCancel"] = autoCancel;
        }

        AddFilter(pullRequest, "branches", [.. attribute.PullRequestBranches, .. attribute.PullRequestsBranchesInclude], attribute.PullRequestsBranchesExclude);
        AddFilter(pullRequest, "paths", attribute.PullRequestsPathsInclude, attribute.PullRequestsPathsExclude);
        return pullRequest.Count > 0 ? pullRequest : attribute.IsNukeForm ? null : "none";
    }

    private object Variables()
    {
        const string Packages = "$(Pipeline.Workspace)/.nuget/packages";
        if (attribute.ImportVariableGroups.Length == 0)
        {
            return new YamlMap { ["NUGET_PACKAGES"] = Packages };
        }

        // Groups need the list form of `variables`, where each plain variable is a name and a value.
        return attribute.ImportVariableGroups.Select(group => new YamlMap { ["group"] = group })
            .Append(new YamlMap { ["name"] = "NUGET_PACKAGES", ["value"] = Packages })
            .ToList();
    }

    private static void AddFilter(YamlMap map, string key, string[] include, string[] exclude)
    {
        if (include.Length == 0 && exclude.Length == 0)
        {
            return;
        }

        var filter = new YamlMap();
        if (include.Length > 0)
        {
            filter["include"] = include;
        }

        if (exclude.Length > 0)
        {
            filter["exclude"] = exclude;
        }

        map[key] = filter;
    }

    // The two default caches keep their own keys and titles; a folder of the build's own is keyed by its path.
    private static YamlMap Cache(string path, string cacheKey) => path switch
    {
        AzurePipelinesCachePaths.NuGet => CacheStep("NuGet packages", $"nuget | \"$(Agent.OS)\" | {cacheKey}", path),
        AzurePipelinesCachePaths.Nuke => CacheStep(path, $"nuke-temp | \"$(Agent.OS)\" | {cacheKey}", path),
        _ => CacheStep(path, $"\"{path}\" | \"$(Agent.OS)\" | {cacheKey}", path),
    };

    private static YamlMap CacheStep(string what, string key, string path) => new()
    {
        ["task"] = "Cache@2",
        ["displayName"] = $"Cache {what}",
        ["inputs"] = new YamlMap { ["key"] = key, ["path"] = path },
    };

    // Azure job names allow letters, digits and underscores only.
    private static string JobName(string text) => NotIdentifier().Replace(text, "_");

    [GeneratedRegex("[^A-Za-z0-9_]")]
    private static partial Regex NotIdentifier();
}
