namespace Automation;

/// <summary>NUKE's <c>PathConstruction</c> helpers (<c>using static Nuke.Common.IO.PathConstruction;</c>), kept for
/// older builds; newer ones call the <see cref="AbsolutePath"/> methods directly.</summary>
public static class PathConstruction
{
    /// <summary>The files below <paramref name="directory"/> matching any of the globs.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    public static IReadOnlyCollection<AbsolutePath> GlobFiles(AbsolutePath directory, params string[] patterns) => directory.GlobFiles(patterns);

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    public static IReadOnlyCollection<AbsolutePath> GlobDirectories(AbsolutePath directory, params string[] patterns) => directory.GlobDirectories(patterns);

    /// <summary>The path from <paramref name="basePath"/> to <paramref name="destinationPath"/>.</summary>
    /// <param name="basePath">Where it starts.</param>
    /// <param name="destinationPath">Where it leads.</param>
    public static string GetRelativePath(string basePath, string destinationPath) => Path.GetRelativePath(basePath, destinationPath);

    /// <summary>Whether <paramref name="path"/> is rooted.</summary>
    /// <param name="path">The path.</param>
    public static bool HasPathRoot(string path) => Path.IsPathRooted(path);
}
