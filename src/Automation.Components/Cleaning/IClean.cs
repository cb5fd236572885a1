namespace Automation.Components;

/// <summary>
/// The <c>clean</c> target: deletes <c>bin/</c> and <c>obj/</c> under the source folders, and <c>artifacts/</c>. It never
/// deletes anything outside the root (nor follows links out of it); with <c>--dry-run</c> it lists what it would delete.
/// </summary>
public interface IClean : IHazArtifacts
{
    /// <summary>The folders searched for <c>bin/</c> and <c>obj/</c>, relative to the root.</summary>
    IReadOnlyList<string> CleanSourceFolders => ["src", "tests", "build"];

    /// <summary>Deletes build output.</summary>
    Target Clean => _ => _
        .Description("Delete bin/ and obj/ under src, tests and build, and artifacts/")
        .TryBefore<IRestore>()
        .Executes(ctx =>
        {
            var doomed = CleanPlan.Find(RootDirectory, CleanSourceFolders, ArtifactsDirectory);
            foreach (var directory in doomed)
            {
                ctx.Info($"{(ctx.IsDryRun ? "Would delete" : "Deleting")} {directory.RelativeTo(RootDirectory)}");
                if (!ctx.IsDryRun)
                {
                    Directory.Delete(directory, recursive: true);
                }
            }

            ctx.Note(doomed.Count == 0 ? "nothing to delete" : $"{doomed.Count} folders{(ctx.IsDryRun ? " (dry run)" : string.Empty)}");
        });
}
