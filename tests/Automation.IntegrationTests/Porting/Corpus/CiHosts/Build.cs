using Nuke.Common;
using Nuke.Common.CI;
using Nuke.Common.CI.GitHubActions;
using Nuke.Common.IO;
using Nuke.Common.Tools.DotNet;
using Serilog;
using static Nuke.Common.EnvironmentInfo;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// What a build asks its CI host and its machine.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    GitHubActions GitHub => GitHubActions.Instance;

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Describe => _ => _
        .Executes(() =>
        {
            if (Host is GitHubActions)
            {
                Log.Information("Run {Run} for {Ref}", GitHub.RunNumber, GitHub.Ref);
            }

            Log.Information("Server build: {Server}; Windows: {Win}; 64-bit: {Bits}", IsServerBuild, IsWin, Is64Bit);
            Log.Information("Working in {Directory}", WorkingDirectory);
            var home = GetVariable<string>("HOME");
            Log.Information("Home: {Home}", home ?? "(none)");
            var path = EnsureVariable("PATH");
            Log.Information("Linux: {Linux}; PATH set: {PathSet}", IsLinux, path.Length > 0);
        });

    Target Compile => _ => _
        .DependsOn(Describe)
        .Executes(() =>
        {
            DotNetBuild(s => s.SetProjectFile(Solution));
            (RootDirectory / "artifacts" / "note.txt").WriteAllText("built");
        });
}
