namespace Automation.Components;

/// <summary>Puts signed packages in place of the unsigned ones, matched by file name.</summary>
internal static class SignedPackages
{
    /// <summary>
    /// Replaces each of <paramref name="packages"/> with the file of the same name in <paramref name="signed"/>. Every
    /// package must have its signed file before any is replaced; each replacement is a copy next to the package moved
    /// over it, so no package is ever half-written.
    /// </summary>
    /// <returns>The names of the packages replaced, in order.</returns>
    /// <exception cref="InvalidOperationException">A package has no signed file (nothing was replaced).</exception>
    public static IReadOnlyList<string> Replace(IReadOnlyList<AbsolutePath> packages, AbsolutePath signed)
    {
        var pairs = packages.Select(package => (Unsigned: package, Signed: signed / package.Name)).ToList();
        var missing = pairs.Where(pair => !pair.Signed.FileExists()).Select(pair => pair.Unsigned.Name).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The signed archive lacks {string.Join(", ", missing)} (it has {string.Join(", ", signed.GlobFiles("*").Select(f => f.Name).DefaultIfEmpty("nothing"))}); no package was replaced. See the signing request's artifact configuration.");
        }

        foreach (var (unsigned, signedFile) in pairs)
        {
            var staged = unsigned.Parent! / $".{unsigned.Name}.signed";
            File.Copy(signedFile, staged, overwrite: true);
            File.Move(staged, unsigned, overwrite: true);
        }

        return [.. pairs.Select(pair => pair.Unsigned.Name)];
    }
}
