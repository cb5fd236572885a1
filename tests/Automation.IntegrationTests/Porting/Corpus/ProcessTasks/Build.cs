using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tooling;
using Serilog;

// Tools started by hand: ProcessTasks and a tool delegate found on PATH.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [PathVariable("dotnet")] readonly Tool DotNet;

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Info => _ => _
        .Executes(() =>
        {
            var output = DotNet("--version");
            Log.Information("SDK {Version}", output.StdToText());
        });

    Target Compile => _ => _
        .DependsOn(Info)
        .Executes(() =>
        {
            var process = ProcessTasks.StartProcess("dotnet", $"build {Solution}", RootDirectory);
            process.AssertZeroExitCode();
        });
}
