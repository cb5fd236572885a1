using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using Serilog;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// Serilog's static Log, as NUKE builds since 6.0 write to the log.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Announce => _ => _
        .Executes(() =>
        {
            Log.Information("Building {Solution}", Solution);
            Log.Warning("This build is a porting sample");
            Log.Debug("Root is {Root}", RootDirectory);
        });

    Target Compile => _ => _
        .DependsOn(Announce)
        .Executes(() =>
        {
            DotNetBuild(s => s.SetProjectFile(Solution).SetConfiguration("Debug"));
            Log.Information("Compiled");
        });
}
