using Nuke.Common;
using Nuke.Common.IO;
using Nuke.Common.Tooling;
using Nuke.Common.Tools.DotNet;
using Serilog;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// Serilog's static Log, as NUKE builds since 6.0 write to the log; NUKE's fluent settings: a shared hook applied,
// a Reset of what it set, and CombineWith running the tool once per configuration.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    AbsolutePath Solution => RootDirectory / "App.sln";

    Configure<DotNetBuildSettings> CommonSettings => _ => _
        .SetProjectFile(Solution)
        .EnableNoRestore()
        .SetProperty("Deterministic", true);

    Target Announce => _ => _
        .Executes(() =>
        {
            Log.Information("Building {Solution}", Solution);
            Log.Warning("This build is a porting sample");
            Log.Debug("Root is {Root}", RootDirectory);
        });

    // Nothing restored the solution, so the build must restore: NoRestore from the shared hook is reset.
    Target Compile => _ => _
        .DependsOn(Announce)
        .Executes(() =>
        {
            DotNetBuild(s => s
                .Apply(CommonSettings)
                .ResetNoRestore()
                .CombineWith(new[] { "Debug", "Release" }, (s, configuration) => s.SetConfiguration(configuration)));
            Log.Information("Compiled");
        });
}
