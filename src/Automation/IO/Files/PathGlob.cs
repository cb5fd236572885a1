using System.Text;
using System.Text.RegularExpressions;

namespace Automation.IO.Files;

/// <summary>
/// Matches files or directories below a directory against globs (NUKE's <c>GlobFiles</c>/<c>GlobDirectories</c>):
/// <c>**</c> any number of directories, <c>*</c> any characters within a name, <c>?</c> one character,
/// <c>{a,b}</c> either. Unlike a target's <c>Inputs</c>, nothing is left out: <c>**/bin</c> finds build output.
/// Symbolic links to directories are matched but never descended into, so a glob never reaches outside the tree it
/// was given (and a deletion of what it found never deletes through a link).
/// </summary>
internal static class PathGlob
{
    public static IReadOnlyList<AbsolutePath> Files(AbsolutePath directory, IEnumerable<string> patterns) => Match(directory, patterns, files: true);

    public static IReadOnlyList<AbsolutePath> Directories(AbsolutePath directory, IEnumerable<string> patterns) => Match(directory, patterns, files: false);

    private static List<AbsolutePath> Match(AbsolutePath directory, IEnumerable<string> patterns, bool files)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(patterns);
        var expressions = patterns.Select(ToRegex).ToList();
        if (expressions.Count == 0 || !directory.DirectoryExists())
        {
            return [];
        }

        var found = new List<AbsolutePath>();
        foreach (var (path, relative) in Walk(new DirectoryInfo(directory), string.Empty, files))
        {
            if (expressions.Any(e => e.IsMatch(relative)))
            {
                found.Add(AbsolutePath.Create(path));
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a, b));
        return found;
    }

    private static IEnumerable<(string Path, string Relative)> Walk(DirectoryInfo directory, string prefix, bool files)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos())
        {
            var relative = prefix + entry.Name;
            if (entry is DirectoryInfo child)
            {
                if (!files)
                {
                    yield return (child.FullName, relative);
                }

                if (child.LinkTarget is null)
                {
                    foreach (var below in Walk(child, relative + "/", files))
                    {
                        yield return below;
                    }
                }
            }
            else if (files)
            {
                yield return (entry.FullName, relative);
            }
        }
    }

    /// <summary>A glob as a regular expression over <c>/</c>-separated relative paths.</summary>
    internal static Regex ToRegex(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var glob = pattern.Replace('\\', '/').TrimStart('/');
        var regex = new StringBuilder("^");
        var braces = 0;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                    regex.Append(slash ? "(?:.*/)?" : ".*");
                    i += slash ? 2 : 1;
                    break;
                case '*':
                    regex.Append("[^/]*");
                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '{':
                    braces++;
                    regex.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    regex.Append(')');
                    break;
                case ',' when braces > 0:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        var options = RegexOptions.CultureInvariant | (OperatingSystem.IsWindows() ? RegexOptions.IgnoreCase : RegexOptions.None);
        return new Regex(regex.Append('$').ToString(), options, TimeSpan.FromSeconds(1));
    }
}
