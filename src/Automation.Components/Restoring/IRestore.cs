namespace Automation.Components;

/// <summary>
/// The <c>restore</c> target: restores the solution's packages; in locked mode on CI when lock files exist. Incremental:
/// up to date while project, props, targets, lock and NuGet configuration files and the SDK are unchanged and each
/// project's <c>obj/project.assets.json</c> and <c>packages.lock.json</c> are as it left them (like <c>dotnet restore</c>'s
/// own no-op check, floating versions are not looked up again while those files are unchanged). The lock files are inputs
/// and outputs both, so a lock file that restore itself writes or rewrites does not make the next run restore again.
/// </summary>
public interface IRestore : IHazSolution
{
    /// <summary>Adjusts <c>dotnet restore</c>.</summary>
    Configure<DotNetRestoreSettings> RestoreSettings => s => s;

    /// <summary>Restores NuGet packages.</summary>
    Target Restore => _ => _
        .Description("Restore NuGet packages")
        .InputFiles(() => SourceFiles.RestoreInputs(RootDirectory))
        .Inputs(() => DotNetInputs.Of(this))
        .OutputFiles(() => SolutionProjects.Read(Solution.Path).SelectMany(project => new[] { project.Parent! / "obj" / "project.assets.json", project.Parent! / "packages.lock.json" }))
        .Executes(ctx => ctx.DotNetRestore(s => RestoreSettings(s with
        {
            Project = Solution.Path,
            NoLogo = true,
            LockedMode = RunsOnServer && HasLockFiles(RootDirectory),
        })));

    /// <summary>Whether any project under the root has a <c>packages.lock.json</c>.</summary>
    private static bool HasLockFiles(AbsolutePath root) => SourceTree.Files(root, "packages.lock.json").Any();
}
