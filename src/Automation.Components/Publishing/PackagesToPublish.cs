namespace Automation.Components;

/// <summary>Chooses the packages <c>publish</c> pushes from the packages folder.</summary>
internal static class PackagesToPublish
{
    /// <summary>
    /// The <c>.nupkg</c> files of <paramref name="semVer"/> (<c>*.{semVer}.nupkg</c>), or every <c>.nupkg</c> when no
    /// version is known; never legacy <c>.symbols.nupkg</c> files, which <c>dotnet nuget push</c> finds next to their package.
    /// </summary>
    public static IReadOnlyList<AbsolutePath> Find(AbsolutePath packages, string? semVer)
    {
        if (!packages.DirectoryExists())
        {
            return [];
        }

        var suffix = semVer is null ? ".nupkg" : $".{semVer}.nupkg";
        return
        [
            .. Directory.EnumerateFiles(packages, "*.nupkg")
                .Select(AbsolutePath.Create)
                .Where(p => p.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && !p.Name.EndsWith(".symbols.nupkg", StringComparison.OrdinalIgnoreCase))
                .OrderBy(p => p.Name, StringComparer.Ordinal),
        ];
    }
}
