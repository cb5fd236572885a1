using Nuke.Common;
using System.Collections.Generic;
using Nuke.Common.CI.AzurePipelines;
using Nuke.Common.CI.AzurePipelines.Configuration;
using Nuke.Common.CI.GitHubActions;
using Nuke.Common.CI.GitHubActions.Configuration;
using Nuke.Common.Utilities;
using Nuke.Common.Execution;
using Nuke.Common.Utilities.Collections;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// The workflows declared by NUKE's attribute and option names; the GitHub one is written by --generate-ci.
[CustomGitHubActions(
    "continuous",
    GitHubActionsImage.UbuntuLatest,
    GitHubActionsImage.WindowsLatest,
    On = new[] { GitHubActionsTrigger.Push },
    OnPushBranches = new[] { "main" },
    OnPullRequestBranches = new[] { "main" },
    InvokedTargets = new[] { nameof(Compile) },
    ImportSecrets = new[] { nameof(NuGetApiKey) },
    EnableGitHubToken = true,
    FetchDepth = 0,
    CacheKeyFiles = new[] { "**/*.csproj" },
    PublishArtifacts = false)]
[GitHubActions(
    "pull-requests",
    GitHubActionsImage.UbuntuLatest,
    OnPullRequestTags = new[] { "v*" },
    InvokedTargets = new[] { nameof(Compile) },
    AutoGenerate = false)]
[CustomAzurePipelines(
    suffix: null,
    AzurePipelinesImage.UbuntuLatest,
    AzurePipelinesImage.WindowsLatest,
    TriggerBranchesInclude = new[] { "main" },
    TriggerPathsExclude = new[] { "docs/**" },
    PullRequestsDisabled = true,
    InvokedTargets = new[] { nameof(Compile) },
    NonEntryTargets = new[] { nameof(Restore) },
    ExcludedTargets = new[] { nameof(Restore) },
    ImportSecrets = new[] { nameof(NuGetApiKey) },
    ImportVariableGroups = new[] { "feeds" },
    EnableAccessToken = true,
    CacheKeyFiles = new[] { "global.json", "src/**/*.csproj" },
    AutoGenerate = false)]
class Build : NukeBuild
{
    // NUKE's own build customises its Azure jobs this way.
    public class CustomAzurePipelinesAttribute : AzurePipelinesAttribute
    {
        public CustomAzurePipelinesAttribute(string suffix, AzurePipelinesImage image, params AzurePipelinesImage[] images)
            : base(suffix, image, images)
        {
        }

        protected override AzurePipelinesJob GetJob(
            ExecutableTarget executableTarget,
            LookupTable<ExecutableTarget, AzurePipelinesJob> jobs,
            IReadOnlyCollection<ExecutableTarget> relevantTargets,
            AzurePipelinesImage image)
        {
            var job = base.GetJob(executableTarget, jobs, relevantTargets, image);
            job.DisplayName = job.Parallel == 0 ? $"⚙️ {job.DisplayName}" : $"⚙️ {job.DisplayName} 🧩";
            return job;
        }
    }

    // A workflow customised the way NUKE builds do it: the generated job's steps, and one step of the build's own.
    public class CustomGitHubActionsAttribute : GitHubActionsAttribute
    {
        public CustomGitHubActionsAttribute(string name, GitHubActionsImage image, params GitHubActionsImage[] images)
            : base(name, image, images)
        {
        }

        protected override GitHubActionsJob GetJobs(GitHubActionsImage image, IReadOnlyCollection<ExecutableTarget> relevantTargets)
        {
            var job = base.GetJobs(image, relevantTargets);
            var steps = new List<GitHubActionsStep>(job.Steps);
            steps.Insert(1, new ShowToolsStep());
            job.Steps = steps.ToArray();
            return job;
        }
    }

    class ShowToolsStep : GitHubActionsStep
    {
        public override void Write(CustomFileWriter writer)
        {
            writer.WriteLine("- name: Show the installed SDKs");
            using (writer.Indent())
            {
                writer.WriteLine("run: dotnet --list-sdks");
            }
        }
    }

    public static int Main() => Execute<Build>(x => x.Compile);

    [Parameter] [Secret] readonly string NuGetApiKey;

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Restore => _ => _
        .Before(Compile)
        .Executes(() => DotNetRestore(s => s.SetProjectFile(Solution)));

    Target Compile => _ => _
        .Executes(() => DotNetBuild(s => s.SetProjectFile(Solution)));
}
