using Nuke.Common;
using Nuke.Common.ProjectModel;
using Nuke.Common.Tools.DotNet;
using Nuke.Common.Tools.GitVersion;
using Serilog;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// The version injected and stamped into the assemblies.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [GitVersion] readonly GitVersion GitVersion;
    [Solution] readonly Solution Solution;

    Target Compile => _ => _
        .Executes(() =>
        {
            Log.Information("Version {FullSemVer} ({NuGet})", GitVersion.FullSemVer, GitVersion.NuGetVersionV2);
            DotNetBuild(s => s
                .SetProjectFile(Solution)
                .SetAssemblyVersion(GitVersion.AssemblySemVer)
                .SetFileVersion(GitVersion.AssemblySemFileVer)
                .SetInformationalVersion(GitVersion.InformationalVersion));
        });
}
