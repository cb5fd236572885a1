namespace Automation;

/// <summary>
/// NUKE's <c>Globbing</c> class, for builds that call it by name: <c>Globbing.GlobFiles(ArtifactsDirectory, "*.nupkg")</c>.
/// The same globs as <see cref="AbsolutePathExtensions.GlobFiles"/>; newer builds write <c>directory.GlobFiles(…)</c>.
/// NUKE's settable <c>GlobbingCaseSensitivity</c> is not here: globs follow the file system's case rule.
/// </summary>
public static class Globbing
{
    /// <summary>The files below <paramref name="directory"/> matching any of the globs.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs (<c>**/*.nupkg</c>).</param>
    /// <returns>The files.</returns>
    public static IReadOnlyCollection<AbsolutePath> GlobFiles(AbsolutePath directory, params string[] patterns) => directory.GlobFiles(patterns);

    /// <summary>The files below <paramref name="directory"/> matching any of the globs, as path strings (NUKE's string form).</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    /// <returns>The files' full paths.</returns>
    public static IReadOnlyCollection<string> GlobFiles(string directory, params string[] patterns) =>
        [.. AbsolutePath.Create(directory).GlobFiles(patterns).Select(p => p.ToString())];

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    /// <returns>The directories.</returns>
    public static IReadOnlyCollection<AbsolutePath> GlobDirectories(AbsolutePath directory, params string[] patterns) => directory.GlobDirectories(patterns);

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs, as path strings.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    /// <returns>The directories' full paths.</returns>
    public static IReadOnlyCollection<string> GlobDirectories(string directory, params string[] patterns) =>
        [.. AbsolutePath.Create(directory).GlobDirectories(patterns).Select(p => p.ToString())];
}
