namespace Automation.Components;

/// <summary>
/// Packs into a fresh folder next to the packages folder and moves the packages over only when packing succeeded, so a
/// failure never leaves a partial set of packages behind. Same-named packages from an earlier run are replaced.
/// </summary>
internal static class PackageStaging
{
    /// <summary>Runs <paramref name="pack"/> into a staging folder under <paramref name="artifacts"/>, then moves its packages into <paramref name="packages"/>.</summary>
    /// <returns>The packages now in <paramref name="packages"/>, in name order.</returns>
    public static IReadOnlyList<AbsolutePath> Pack(AbsolutePath artifacts, AbsolutePath packages, Action<AbsolutePath> pack)
    {
        // Under artifacts/ so the final move stays on one volume (a rename, not a copy), and git ignores it.
        var staging = artifacts / $".packing-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        try
        {
            pack(staging);
            Directory.CreateDirectory(packages);
            var moved = new List<AbsolutePath>();
            foreach (var file in Directory.EnumerateFiles(staging).Order(StringComparer.Ordinal).Select(AbsolutePath.Create))
            {
                var destination = packages / file.Name;
                File.Move(file, destination, overwrite: true);
                moved.Add(destination);
            }

            return moved;
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
