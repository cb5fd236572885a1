namespace Automation.Tests.Ci;

/// <summary>Build classes carrying CI configuration attributes, shared by the generator tests.</summary>
public static class CiSampleBuilds
{
    /// <summary>The smallest configuration: one image, one target, defaults for the rest.</summary>
    [GitHubActions("single", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"])]
    [AzurePipelines("single", TriggerBranches = ["main"], InvokedTargets = ["test"])]
    [GitLabCI(InvokedTargets = ["test"])]
    public sealed class SingleJob : SampleBuild;

    /// <summary>Several images, every trigger, a secret, artifacts and a timeout.</summary>
    [GitHubActions(
        "matrix",
        On = [GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest, GitHubActionsTrigger.WorkflowDispatch],
        OnPushBranches = ["main"],
        OnPushTags = ["v*"],
        InvokedTargets = ["Test", "pack"],
        Images = ["ubuntu-latest", "windows-latest", "macos-latest"],
        ImportSecrets = ["nuget-api-key"],
        ArtifactPaths = ["artifacts/packages", "artifacts/test-results"],
        TimeoutMinutes = 45)]
    [AzurePipelines(
        "matrix",
        TriggerBranches = ["main"],
        TriggerTags = ["v*"],
        PullRequestBranches = ["main"],
        InvokedTargets = ["test", "pack"],
        Images = ["ubuntu-latest", "windows-latest"],
        ImportSecrets = ["NuGetApiKey"],
        ArtifactPaths = ["artifacts/packages"],
        TimeoutMinutes = 45)]
    [GitLabCI(
        InvokedTargets = ["test", "pack"],
        Images = ["mcr.microsoft.com/dotnet/sdk:10.0", "mcr.microsoft.com/dotnet/sdk:10.0-alpine"],
        ImportSecrets = ["nuget-api-key"],
        ArtifactPaths = ["artifacts/packages"],
        TimeoutMinutes = 45)]
    public sealed class Matrix : SampleBuild;

    /// <summary>NUKE's way of writing it: runner images as enum values, targets and secrets by nameof, NUKE's option names.</summary>
    [GitHubActions(
        "nuke",
        GitHubActionsImage.UbuntuLatest,
        GitHubActionsImage.WindowsServer2022,
        On = [GitHubActionsTrigger.Push],
        OnPushBranchesIgnore = ["gh-pages"],
        OnCronSchedule = "0 3 * * 1",
        InvokedTargets = [nameof(SampleBuild.Test), nameof(SampleBuild.Pack)],
        ImportSecrets = [nameof(SampleBuild.NuGetApiKey)],
        EnableGitHubToken = true,
        FetchDepth = 1,
        CacheKeyFiles = ["**/*.csproj"])]
    [GitHubActions("hand-written", GitHubActionsImage.UbuntuLatest, On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], AutoGenerate = false)]
    [AzurePipelines(
        suffix: null,
        AzurePipelinesImage.UbuntuLatest,
        AzurePipelinesImage.WindowsLatest,
        TriggerBatch = true,
        TriggerBranchesInclude = ["main", "release/*"],
        TriggerBranchesExclude = ["gh-pages"],
        TriggerTagsInclude = ["v*"],
        TriggerPathsExclude = ["docs/**"],
        PullRequestsDisabled = true,
        InvokedTargets = [nameof(SampleBuild.Test), nameof(SampleBuild.Pack)],
        NonEntryTargets = [nameof(SampleBuild.Compile)],
        ExcludedTargets = [nameof(SampleBuild.Compile)],
        ImportSecrets = [nameof(SampleBuild.NuGetApiKey)],
        ImportVariableGroups = ["release-feeds"],
        EnableAccessToken = true,
        CacheKeyFiles = ["global.json", "src/**/*.csproj"],
        FetchDepth = 1,
        Submodules = true,
        LargeFileStorage = true,
        Clean = true)]
    public sealed class NukeStyle : SampleBuild;

    /// <summary>NUKE's customisation: a subclass whose GetJobs inserts a step of the build's own, and NUKE's other options.</summary>
    [CustomSteps(
        "custom",
        GitHubActionsImage.UbuntuLatest,
        OnPushBranches = ["main"],
        OnPushIncludePaths = ["src/**"],
        OnPullRequestBranches = ["main"],
        OnPullRequestExcludePaths = ["docs/**"],
        InvokedTargets = [nameof(SampleBuild.Pack)],
        PublishArtifacts = true,
        PublishCondition = "always()",
        EnableGitHubToken = true,
        WritePermissions = [GitHubActionsPermissions.Contents, GitHubActionsPermissions.Packages],
        ReadPermissions = [GitHubActionsPermissions.PullRequests],
        ConcurrencyCancelInProgress = true,
        Submodules = GitHubActionsSubmodules.Recursive)]
    [CustomAzure(
        "custom",
        AzurePipelinesImage.UbuntuLatest,
        InvokedTargets = [nameof(SampleBuild.Pack)],
        PullRequestsAutoCancel = false,
        PullRequestsBranchesInclude = ["main"],
        PullRequestsPathsExclude = ["docs/**"],
        CachePaths = [AzurePipelinesCachePaths.Nuke, "~/.cache/tools"])]
    public sealed class Customised : SampleBuild;

    /// <summary>NUKE's own build's customisation: GetJob prefixes each job's display name and adds a step of the build's own.</summary>
    public sealed class CustomAzureAttribute(string suffix, AzurePipelinesImage image, params AzurePipelinesImage[] images) : AzurePipelinesAttribute(suffix, image, images)
    {
        protected override AzurePipelinesJob GetJob(
            ExecutableTarget executableTarget,
            LookupTable<ExecutableTarget, AzurePipelinesJob> jobs,
            IReadOnlyCollection<ExecutableTarget> relevantTargets,
            AzurePipelinesImage image)
        {
            var job = base.GetJob(executableTarget, jobs, relevantTargets, image);
            job.DisplayName = $"📦 {executableTarget.Name} on {job.DisplayName} ({relevantTargets.Count} targets)";
            job.Steps = [.. job.Steps.Take(1), new EchoStep { Text = string.Join(", ", relevantTargets.Select(t => t.Name)) }, .. job.Steps.Skip(1)];
            return job;
        }
    }

    /// <summary>An Azure step written line by line.</summary>
    public sealed class EchoStep : AzurePipelinesStep
    {
        /// <summary>What the step prints.</summary>
        public string Text { get; init; } = string.Empty;

        public override void Write(CustomFileWriter writer)
        {
            writer.WriteLine($"- script: echo '{Text}'");
            using (writer.Indent())
            {
                writer.WriteLine("displayName: Targets of the job");
            }
        }
    }

    /// <summary>Inserts a step after the checkout, as NUKE builds' subclasses do, naming the targets it was given.</summary>
    public sealed class CustomStepsAttribute(string name, GitHubActionsImage image, params GitHubActionsImage[] images) : GitHubActionsAttribute(name, image, images)
    {
        protected override GitHubActionsJob GetJobs(GitHubActionsImage image, IReadOnlyCollection<ExecutableTarget> relevantTargets)
        {
            var job = base.GetJobs(image, relevantTargets);
            var steps = new List<GitHubActionsStep>(job.Steps);
            steps.Insert(1, new ChmodStep { File = "build.sh", For = string.Join(", ", relevantTargets.Select(t => t.Name)) });
            job.Steps = [.. steps];
            return job;
        }
    }

    /// <summary>A step written line by line, as NUKE builds write theirs.</summary>
    public sealed class ChmodStep : GitHubActionsStep
    {
        /// <summary>The file made executable.</summary>
        public string File { get; init; } = string.Empty;

        /// <summary>The targets the job runs.</summary>
        public string For { get; init; } = string.Empty;

        public override void Write(CustomFileWriter writer)
        {
            writer.WriteLine($"- name: Make {File} executable for {For}");
            using (writer.Indent())
            {
                writer.WriteLine($"run: chmod +x ./{File}");
            }
        }
    }

    /// <summary>A step that does not write a list item.</summary>
    [BadStep("bad", GitHubActionsImage.UbuntuLatest, On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"])]
    public sealed class BrokenStep : SampleBuild;

    /// <summary>Adds a step whose first line is not a list item.</summary>
    public sealed class BadStepAttribute(string name, GitHubActionsImage image) : GitHubActionsAttribute(name, image)
    {
        protected override GitHubActionsJob GetJobs(GitHubActionsImage image, IReadOnlyCollection<ExecutableTarget> relevantTargets)
        {
            var job = base.GetJobs(image, relevantTargets);
            job.Steps = [.. job.Steps, new UnindentedStep()];
            return job;
        }

        private sealed class UnindentedStep : GitHubActionsStep
        {
            public override void Write(CustomFileWriter writer) => writer.WriteLine("name: not a list item");
        }
    }

    /// <summary>A target that does not exist.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["tset"])]
    public sealed class UnknownTarget : SampleBuild;

    /// <summary>A plain parameter imported as a secret: its value would not be masked.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], ImportSecrets = ["configuration"])]
    public sealed class NotASecret : SampleBuild;

    /// <summary>NUKE's tag filter on pull requests, which GitHub does not have.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.PullRequest], OnPullRequestTags = ["v*"], InvokedTargets = ["test"])]
    public sealed class PullRequestTags : SampleBuild;

    /// <summary>The same, in a workflow the build does not generate.</summary>
    [GitHubActions("hand-written", On = [GitHubActionsTrigger.PullRequest], OnPullRequestTags = ["v*"], InvokedTargets = ["test"], AutoGenerate = false)]
    public sealed class PullRequestTagsNotGenerated : SampleBuild;

    /// <summary>No trigger at all.</summary>
    [GitHubActions("bad", InvokedTargets = ["test"])]
    public sealed class NoTrigger : SampleBuild;

    /// <summary>No CI attribute.</summary>
    public sealed class Plain : SampleBuild;

    /// <summary>The targets and parameters every sample shares.</summary>
    public abstract class SampleBuild : AutomationBuild
    {
        [Parameter("Configuration to build")] readonly string Configuration = "Release";
        [Parameter("NuGet API key"), Secret] internal readonly string? NuGetApiKey = null;

        internal Target Compile => _ => _.Executes(() => Support.Trace.Record($"compile {Configuration} {NuGetApiKey?.Length}"));

        internal Target Test => _ => _.DependsOn(Compile).Executes(() => { });

        internal Target Pack => _ => _.DependsOn(Compile).Produces("artifacts/packages").Executes(() => { });
    }
}
