using System.Linq;
using Nuke.Common;
using Nuke.Common.CI.GitHubActions;
using Nuke.Common.Execution;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using Serilog;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// Lifecycle hooks, the members that tell a build what runs, and NUKE 7's conditions and actions.
[CheckBuildProjectConfigurations]
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    AbsolutePath Solution => RootDirectory / "App.sln";

    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    [Parameter] readonly string NuGetApiKey;

    protected override void OnBuildInitialized()
    {
        Log.Information("Invoked: {Targets}", string.Join(", ", InvokedTargets.Select(t => t.Name)));
        Log.Information("Scheduled: {Targets}", string.Join(", ", ScheduledTargets.Select(t => t.Name)));
        Log.Information("Temporary directory: {Directory}", TemporaryDirectory);
    }

    protected override void OnBuildFinished()
    {
        Log.Information("Finished {Count} targets", FinishedTargets.Count);
    }

    protected override void OnTargetRunning(string target)
    {
        Log.Information("Running {Target} of {Count} planned", target, ExecutionPlan.Count);
    }

    // NUKE's Executes<T>: each lambda returns the directory; several actions at once.
    Target Clean => _ => _
        .Before(Compile)
        .Executes(
            () => (ArtifactsDirectory / "packages").CreateOrCleanDirectory(),
            () => (ArtifactsDirectory / "test-results").CreateOrCleanDirectory());

    Target Compile => _ => _
        .DependsOn(Clean)
        .Executes(() => DotNetBuild(s => s.SetProjectFile(Solution)));

    // NUKE 7's conditions: any C#, an `is` pattern included, and a reason of the build's own.
    Target Publish => _ => _
        .DependsOn(Compile)
        .OnlyWhenStatic(() => Host is GitHubActions { Workflow: "release" })
        .OnlyWhenDynamic(() => NuGetApiKey is { Length: > 0 }, "No NuGet API key")
        .Executes(() => ReportSummary(s => s.AddPair("Published", "yes")));
}
