namespace Automation;

/// <summary>NUKE's <c>PathConstruction</c> helpers (<c>using static Nuke.Common.IO.PathConstruction;</c>), kept for
/// older builds; newer ones call the <see cref="AbsolutePath"/> methods directly.</summary>
public static class PathConstruction
{
    // NUKE's own AbsolutePath forms were extension methods, which `using static` does not import for a plain call: there
    // GlobFiles(RootDirectory, "…") took the string form and gave strings (Kari's build keeps them in a List<string>).
    // `directory.GlobFiles(…)` is the AbsolutePath form. The AbsolutePath overloads here give strings too: with
    // Globbing imported as well (prosemirror-dotnet), they are the one best match, where two string forms would tie.

    /// <summary>The files below <paramref name="directory"/> matching any of the globs, as path strings.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    public static IReadOnlyCollection<string> GlobFiles(AbsolutePath directory, params string[] patterns) => Globbing.GlobFiles(directory.ToString(), patterns);

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs, as path strings.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    public static IReadOnlyCollection<string> GlobDirectories(AbsolutePath directory, params string[] patterns) => Globbing.GlobDirectories(directory.ToString(), patterns);

    /// <summary>The files below <paramref name="directory"/> matching any of the globs, as path strings.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    public static IReadOnlyCollection<string> GlobFiles(string directory, params string[] patterns) => Globbing.GlobFiles(directory, patterns);

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs, as path strings.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    public static IReadOnlyCollection<string> GlobDirectories(string directory, params string[] patterns) => Globbing.GlobDirectories(directory, patterns);

    /// <summary>The path from <paramref name="basePath"/> to <paramref name="destinationPath"/>.</summary>
    /// <param name="basePath">Where it starts.</param>
    /// <param name="destinationPath">Where it leads.</param>
    public static string GetRelativePath(string basePath, string destinationPath) => Path.GetRelativePath(basePath, destinationPath);

    /// <summary>Whether <paramref name="path"/> is rooted.</summary>
    /// <param name="path">The path.</param>
    public static bool HasPathRoot(string path) => Path.IsPathRooted(path);
}
