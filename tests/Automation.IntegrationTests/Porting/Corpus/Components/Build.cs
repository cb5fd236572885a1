using Nuke.Common;
using Nuke.Common.ProjectModel;
using Nuke.Common.Tools.DotNet;
using Nuke.Common.Tooling;
using Nuke.Components;
using Serilog;

// A build made of Nuke.Components: restore, compile (overridden), test, pack and the version from git history, with a
// target of its own that consumes what pack produces.
class Build : NukeBuild, IHazSolution, IRestore, ICompile, ITest, IPack, IHazGitVersion
{
    public static int Main() => Execute<Build>(x => x.From<ICompile>().Compile);

    [Solution] readonly Solution Solution;
    Solution IHazSolution.Solution => Solution;

    Configure<DotNetBuildSettings> ICompile.CompileSettings => _ => _
        .SetProperty("CorpusBuild", "Components");

    Target ICompile.Compile => _ => _
        .Inherit<ICompile>(x => x.Compile)
        .Executes(() => Log.Information("Compiled version {Version}", From<IHazGitVersion>().Versioning.FullSemVer));

    Target Publish => _ => _
        .DependsOn<IPack>(x => x.Pack)
        .Consumes<IPack>(x => x.Pack)
        .Executes(() => Log.Information("Publishing from {Directory}", From<IPack>().PackagesDirectory));

    T From<T>() where T : class => (T)(object)this;
}
