namespace Automation.Components;

/// <summary>
/// The <c>clean</c> target: deletes <c>bin/</c> and <c>obj/</c> under the source folders, and <c>artifacts/</c>. It never
/// deletes anything outside the root (nor follows links out of it), nor publish's folder feed (<c>artifacts/feed</c> by
/// default: published packages) nor the running build's own folder; with <c>--dry-run</c> it lists what it would delete.
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
            // The running build's own folder (build/bin/Debug/net10.0/), and published packages, which are not build output.
            var keep = new List<AbsolutePath> { AbsolutePath.Create(AppContext.BaseDirectory) };
            if (this is IPublish publish && NuGetFeed.Parse(publish.NuGetSource, RootDirectory).Folder is { } feed)
            {
                keep.Add(feed);
            }

            var doomed = CleanPlan.Find(RootDirectory, CleanSourceFolders, ArtifactsDirectory, keep);
            foreach (var path in doomed)
            {
                ctx.Info($"{(ctx.IsDryRun ? "Would delete" : "Deleting")} {path.RelativeTo(RootDirectory)}");
                if (ctx.IsDryRun)
                {
                    continue;
                }

                if (path.DirectoryExists())
                {
                    Directory.Delete(path, recursive: true);
                }
                else
                {
                    File.Delete(path);
                }
            }

            ctx.Note(doomed.Count == 0 ? "nothing to delete" : $"{doomed.Count} {(doomed.Count == 1 ? "entry" : "entries")}{(ctx.IsDryRun ? " (dry run)" : string.Empty)}");
        });
}
