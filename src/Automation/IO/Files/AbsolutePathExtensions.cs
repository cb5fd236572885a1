using System.Runtime.CompilerServices;

namespace Automation;

/// <summary>
/// NUKE's file-system operations on <see cref="AbsolutePath"/> (globbing is <see cref="Globbing"/>'s): existence, creating, cleaning and deleting,
/// reading and writing, copying and moving (<see cref="ExistsPolicy"/>), archives. Deleting never follows a symbolic
/// link: the link goes, what it points to stays. Errors name the path.
/// </summary>
public static partial class AbsolutePathExtensions
{
    /// <summary>Whether a file or a directory exists at the path.</summary>
    /// <param name="path">The path.</param>
    /// <param name="expression">Filled in by the compiler.</param>
    public static bool Exists(this AbsolutePath path, [CallerArgumentExpression(nameof(path))] string? expression = null)
    {
        _ = expression;
        return path is not null && (path.FileExists() || path.DirectoryExists());
    }

    /// <summary>Whether the directory holds a file matching <paramref name="pattern"/> (<c>*.sln</c>).</summary>
    /// <param name="path">The directory.</param>
    /// <param name="pattern">A file-name pattern.</param>
    /// <param name="options">Whether to look in subdirectories.</param>
    public static bool ContainsFile(this AbsolutePath path, string pattern, SearchOption options = SearchOption.TopDirectoryOnly) =>
        path.DirectoryExists() && Directory.EnumerateFiles(path, pattern, options).Any();

    /// <summary>Whether the directory holds a directory matching <paramref name="pattern"/>.</summary>
    /// <param name="path">The directory.</param>
    /// <param name="pattern">A directory-name pattern.</param>
    /// <param name="options">Whether to look in subdirectories.</param>
    public static bool ContainsDirectory(this AbsolutePath path, string pattern, SearchOption options = SearchOption.TopDirectoryOnly) =>
        path.DirectoryExists() && Directory.EnumerateDirectories(path, pattern, options).Any();

    /// <summary>The path when a file or directory exists there, otherwise null.</summary>
    /// <param name="path">The path.</param>
    public static AbsolutePath? Existing(this AbsolutePath path) => path.Exists() ? path : null;

    /// <summary>The path when a file exists there, otherwise null.</summary>
    /// <param name="path">The path.</param>
    public static AbsolutePath? ExistingFile(this AbsolutePath path) => path.FileExists() ? path : null;

    /// <summary>The path when a directory exists there, otherwise null.</summary>
    /// <param name="path">The path.</param>
    public static AbsolutePath? ExistingDirectory(this AbsolutePath path) => path.DirectoryExists() ? path : null;

    /// <summary>The paths at which a file exists.</summary>
    /// <param name="paths">The paths.</param>
    public static IEnumerable<AbsolutePath> WhereFileExists(this IEnumerable<AbsolutePath> paths) => paths.Where(p => p.FileExists());

    /// <summary>The paths at which a directory exists.</summary>
    /// <param name="paths">The paths.</param>
    public static IEnumerable<AbsolutePath> WhereDirectoryExists(this IEnumerable<AbsolutePath> paths) => paths.Where(p => p.DirectoryExists());

    /// <summary>Whether <paramref name="child"/> is <paramref name="parent"/> or lies below it.</summary>
    /// <param name="parent">The directory.</param>
    /// <param name="child">The path tested.</param>
    public static bool Contains(this AbsolutePath parent, AbsolutePath child)
    {
        ArgumentNullException.ThrowIfNull(child);
        return child.IsWithin(parent);
    }

    /// <summary>The path from <paramref name="path"/> to <paramref name="other"/>: <c>../src/App</c>.</summary>
    /// <param name="path">Where the relative path starts.</param>
    /// <param name="other">Where it leads.</param>
    public static RelativePath GetRelativePathTo(this AbsolutePath path, AbsolutePath other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (RelativePath)other.RelativeTo(path)!;
    }

    /// <summary>The path from <paramref name="path"/> to <paramref name="other"/> with <c>/</c>, for scripts and YAML.</summary>
    /// <param name="path">Where the relative path starts.</param>
    /// <param name="other">Where it leads.</param>
    public static UnixRelativePath GetUnixRelativePathTo(this AbsolutePath path, AbsolutePath other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (UnixRelativePath)other.RelativeTo(path)!;
    }

    /// <summary>Whether the extension is one of those given (with or without the dot, ignoring case).</summary>
    /// <param name="path">The path.</param>
    /// <param name="extension">An extension: <c>.nupkg</c>.</param>
    /// <param name="alternativeExtensions">Other extensions that count.</param>
    public static bool HasExtension(this AbsolutePath path, string extension, params string[] alternativeExtensions)
    {
        ArgumentNullException.ThrowIfNull(path);
        return alternativeExtensions.Prepend(extension)
            .Any(e => path.Name.EndsWith(e.StartsWith('.') ? e : "." + e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The path with another extension: <c>app.zip</c> from <c>app.tar</c>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="extension">The new extension, with or without the dot; empty removes it.</param>
    public static AbsolutePath WithExtension(this AbsolutePath path, string extension) =>
        AbsolutePath.Create(Path.ChangeExtension(path, extension.Length == 0 ? null : extension));

    /// <summary>The nearest ancestor for which <paramref name="predicate"/> holds, or null.</summary>
    /// <param name="path">Where to start (excluded).</param>
    /// <param name="predicate">The test.</param>
    public static AbsolutePath? FindParent(this AbsolutePath path, Func<AbsolutePath, bool> predicate) => path.Parent?.FindParentOrSelf(predicate);

    /// <summary>The path or its nearest ancestor for which <paramref name="predicate"/> holds, or null.</summary>
    /// <param name="path">Where to start (included).</param>
    /// <param name="predicate">The test.</param>
    public static AbsolutePath? FindParentOrSelf(this AbsolutePath path, Func<AbsolutePath, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        for (var current = path; current is not null; current = current.Parent)
        {
            if (predicate(current))
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The files directly in the directory (or, with <paramref name="depth"/>, below) matching <paramref name="pattern"/>.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="pattern">A file-name pattern.</param>
    /// <param name="depth">1 for the directory only; more descends.</param>
    public static IEnumerable<AbsolutePath> GetFiles(this AbsolutePath directory, string pattern = "*", int depth = 1) =>
        directory.DirectoryExists()
            ? Directory.EnumerateFiles(directory, pattern, new EnumerationOptions { RecurseSubdirectories = depth > 1, MaxRecursionDepth = Math.Max(0, depth - 1) }).Select(AbsolutePath.Create)
            : [];

    /// <summary>The directories directly in the directory (or, with <paramref name="depth"/>, below) matching <paramref name="pattern"/>.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="pattern">A directory-name pattern.</param>
    /// <param name="depth">1 for the directory only; more descends.</param>
    public static IEnumerable<AbsolutePath> GetDirectories(this AbsolutePath directory, string pattern = "*", int depth = 1) =>
        directory.DirectoryExists()
            ? Directory.EnumerateDirectories(directory, pattern, new EnumerationOptions { RecurseSubdirectories = depth > 1, MaxRecursionDepth = Math.Max(0, depth - 1) }).Select(AbsolutePath.Create)
            : [];

    /// <summary>The path as a <see cref="FileInfo"/>.</summary>
    /// <param name="path">The path.</param>
    public static FileInfo ToFileInfo(this AbsolutePath path) => new(path);

    /// <summary>The path as a <see cref="DirectoryInfo"/>.</summary>
    /// <param name="path">The path.</param>
    public static DirectoryInfo ToDirectoryInfo(this AbsolutePath path) => new(path);
}
