using System.Linq;
using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using Serilog;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// Lifecycle hooks and the members that tell a build what runs.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    AbsolutePath Solution => RootDirectory / "App.sln";

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

    Target Compile => _ => _
        .Executes(() => DotNetBuild(s => s.SetProjectFile(Solution)));
}
