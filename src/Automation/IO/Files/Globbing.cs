using Automation.IO.Files;

namespace Automation;

/// <summary>
/// NUKE's <c>Globbing</c>: <c>directory.GlobFiles("**/*.csproj")</c>, and for builds that call it by name,
/// <c>Globbing.GlobFiles(ArtifactsDirectory, "*.nupkg")</c>. As in NUKE, the <see cref="AbsolutePath"/> forms are
/// extension methods, which <c>using static</c> does not import for a plain call: there <c>GlobFiles(NugetDirectory, …)</c>
/// takes the string form and gives strings (prosemirror-dotnet's build calls <c>.EndsWith(…)</c> on them).
/// NUKE's settable <c>GlobbingCaseSensitivity</c> is not here: globs follow the file system's case rule.
/// </summary>
public static class Globbing
{
    /// <summary>The files below <paramref name="directory"/> matching any of the globs (<c>**/*.csproj</c>), sorted.</summary>
    /// <param name="directory">Where the globs start; when it does not exist nothing matches.</param>
    /// <param name="patterns">Globs with <c>**</c>, <c>*</c>, <c>?</c> and <c>{a,b}</c>.</param>
    /// <returns>The files.</returns>
    public static IReadOnlyCollection<AbsolutePath> GlobFiles(this AbsolutePath directory, params string[] patterns) => PathGlob.Files(directory, patterns);

    /// <summary>The files below <paramref name="directory"/> matching any of the globs, as path strings (NUKE's string form).</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    /// <returns>The files' full paths.</returns>
    public static IReadOnlyCollection<string> GlobFiles(string directory, params string[] patterns) =>
        [.. AbsolutePath.Create(directory).GlobFiles(patterns).Select(p => p.ToString())];

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs (<c>**/bin</c>), sorted.</summary>
    /// <param name="directory">Where the globs start; when it does not exist nothing matches.</param>
    /// <param name="patterns">Globs with <c>**</c>, <c>*</c>, <c>?</c> and <c>{a,b}</c>.</param>
    /// <returns>The directories.</returns>
    public static IReadOnlyCollection<AbsolutePath> GlobDirectories(this AbsolutePath directory, params string[] patterns) => PathGlob.Directories(directory, patterns);

    /// <summary>The directories below <paramref name="directory"/> matching any of the globs, as path strings.</summary>
    /// <param name="directory">Where the globs start.</param>
    /// <param name="patterns">The globs.</param>
    /// <returns>The directories' full paths.</returns>
    public static IReadOnlyCollection<string> GlobDirectories(string directory, params string[] patterns) =>
        [.. AbsolutePath.Create(directory).GlobDirectories(patterns).Select(p => p.ToString())];
}
