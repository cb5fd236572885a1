namespace Automation.Components;

/// <summary>The <c>restore</c> target: restores the solution's packages; in locked mode on CI when lock files exist.</summary>
public interface IRestore : IHazSolution
{
    /// <summary>Adjusts <c>dotnet restore</c>.</summary>
    Configure<DotNetRestoreSettings> RestoreSettings => s => s;

    /// <summary>Restores NuGet packages.</summary>
    Target Restore => _ => _
        .Description("Restore NuGet packages")
        .Executes(ctx => ctx.DotNetRestore(s => RestoreSettings(s with
        {
            Project = Solution,
            NoLogo = true,
            LockedMode = RunsOnServer && HasLockFiles(RootDirectory),
        })));

    /// <summary>Whether any project under the root has a <c>packages.lock.json</c>.</summary>
    private static bool HasLockFiles(AbsolutePath root) => SourceTree.Files(root, "packages.lock.json").Any();
}
