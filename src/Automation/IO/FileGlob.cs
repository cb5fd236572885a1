using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Automation.IO;

/// <summary>
/// Expands globs relative to the root into the files they match (<c>**</c> any directories, <c>*</c> within a name,
/// a leading <c>!</c> excludes). Build output and git's own files (<c>bin/</c>, <c>obj/</c>, <c>.git/</c>) are left
/// out unless a glob names them, so <c>**/*.cs</c> does not pick up generated sources. Names compare ignoring case on
/// Windows, exactly elsewhere. These are the rules of a target's <c>Inputs</c> and <c>Outputs</c> globs.
/// </summary>
public static class FileGlob
{
    private static readonly string[] LeftOutDirectories = ["bin", "obj", ".git"];

    /// <summary>The matching files as root-relative paths with <c>/</c> separators, in ordinal order.</summary>
    /// <param name="root">The directory the globs are relative to; when it does not exist, nothing matches.</param>
    /// <param name="globs">Include globs (<c>src/**/*.cs</c>) and exclude globs (<c>!**/Generated/**</c>).</param>
    public static IReadOnlyList<string> Expand(AbsolutePath root, IReadOnlyCollection<string> globs)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globs);
        var excludes = globs.Where(g => g.StartsWith('!')).Select(g => Normalize(g[1..])).ToList();
        var includes = globs.Where(g => !g.StartsWith('!')).Select(Normalize).ToList();
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var directory = new DirectoryInfo(root);
        if (!directory.Exists)
        {
            return [];
        }

        foreach (var namesLeftOut in new[] { false, true })
        {
            var selected = includes.Where(g => NamesLeftOutDirectory(g) == namesLeftOut).ToList();
            if (selected.Count == 0)
            {
                continue;
            }

            var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            matcher.AddIncludePatterns(selected);
            matcher.AddExcludePatterns(excludes);
            if (!namesLeftOut)
            {
                matcher.AddExcludePatterns(LeftOutDirectories.Select(d => $"**/{d}/**"));
            }

            files.UnionWith(matcher.Execute(new DirectoryInfoWrapper(directory)).Files.Select(f => f.Path.Replace('\\', '/')));
        }

        return [.. files];
    }

    private static string Normalize(string glob) => glob.Replace('\\', '/').TrimStart('/');

    private static bool NamesLeftOutDirectory(string glob) =>
        glob.Split('/').Any(segment => LeftOutDirectories.Contains(segment, OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal));
}
