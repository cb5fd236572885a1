namespace Automation.Tools.Resolution;

/// <summary>
/// Finds a program on PATH as the shell would: on Windows each PATHEXT extension is tried (<c>.COM;.EXE;.BAT;.CMD</c> by
/// default) and names ignore case; elsewhere the file must have an execute bit.
/// </summary>
internal static class PathSearch
{
    /// <summary>The extensions Windows tries when PATHEXT is not set.</summary>
    public const string DefaultPathExt = ".COM;.EXE;.BAT;.CMD";

    /// <summary>The absolute directories listed in PATH, in order, without duplicates (quotes removed on Windows).</summary>
    public static IReadOnlyList<string> Directories(ToolEnvironment environment)
    {
        var platform = environment.Platform;
        var entries = (environment.Get("PATH") ?? string.Empty)
            .Split(platform.PathListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(entry => platform.IsWindows ? entry.Trim('"') : entry)
            .Where(Path.IsPathRooted);
        return entries.Distinct(platform.FileNames).ToList();
    }

    /// <summary>The file names tried in each directory for <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> FileNames(string name, ToolEnvironment environment)
    {
        if (!environment.Platform.IsWindows)
        {
            return [name];
        }

        var extensions = (environment.Get("PATHEXT") ?? DefaultPathExt)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(e => e.StartsWith('.'))
            .ToList();
        var hasKnownExtension = extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase);
        return [.. hasKnownExtension ? [name] : Array.Empty<string>(), .. extensions.Select(extension => name + extension)];
    }

    /// <summary>The full path of the first match on PATH, or null.</summary>
    public static string? Find(string name, ToolEnvironment environment)
    {
        var fileNames = FileNames(name, environment);
        foreach (var directory in Directories(environment))
        {
            foreach (var fileName in fileNames)
            {
                if (environment.Platform.FindFile(directory, fileName) is { } path && environment.Platform.IsExecutable(path))
                {
                    return path;
                }
            }
        }

        return null;
    }
}
