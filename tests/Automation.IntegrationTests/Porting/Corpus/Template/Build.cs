using System.Linq;
using Nuke.Common;
using Nuke.Common.CI;
using Nuke.Common.Execution;
using Nuke.Common.IO;
using Nuke.Common.ProjectModel;
using Nuke.Common.Tooling;
using Nuke.Common.Tools.DotNet;
using Nuke.Common.Utilities.Collections;
using static Nuke.Common.Tools.DotNet.DotNetTasks;

// The shape `nuke :setup` writes: a Configuration enumeration, the solution injected, Clean/Restore/Compile.
[ShutdownDotNetAfterServerBuild]
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [Parameter("Configuration to build - Default is 'Debug' (local) or 'Release' (server)")]
    readonly Configuration Configuration = IsLocalBuild ? Configuration.Debug : Configuration.Release;

    [Solution(GenerateProjects = true)] readonly Solution Solution;

    AbsolutePath SourceDirectory => RootDirectory / "src";
    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";

    Target Clean => _ => _
        .Before(Restore)
        .Executes(() =>
        {
            SourceDirectory.GlobDirectories("**/bin", "**/obj").ForEach(d => d.DeleteDirectory());
            ArtifactsDirectory.CreateOrCleanDirectory();
        });

    Target Restore => _ => _
        .Executes(() =>
        {
            DotNetRestore(s => s
                .SetProjectFile(Solution));
        });

    Target Compile => _ => _
        .DependsOn(Restore)
        .Executes(() =>
        {
            DotNetBuild(s => s
                .SetProjectFile(Solution)
                .SetConfiguration(Configuration)
                .EnableNoRestore());
            var built = SourceDirectory.GlobFiles($"**/bin/{Configuration}/**/*.dll");
            Assert.NotEmpty(built.ToList());
            Serilog.Log.Information("Generated member {Name} in {Directory}", Solution.Lib.Name, Solution.Lib.Directory);
        });

    // The solution model: a project by name, all projects, and facts from evaluating a project.
    Target Projects => _ => _
        .Executes(() =>
        {
            var library = Solution.GetProject("Lib").NotNull();
            Serilog.Log.Information("{Count} projects in {Solution}; Lib in {Directory} targets {Frameworks}",
                Solution.AllProjects.Count, Solution.Path, library.Directory, string.Join(", ", library.GetTargetFrameworks()));
        });
}
