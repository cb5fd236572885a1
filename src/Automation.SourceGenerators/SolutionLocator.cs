using System.Text.RegularExpressions;

namespace Automation.SourceGenerators;

/// <summary>
/// Finds the solution file of a member the way <c>[Solution]</c> injection finds it when the build runs: the
/// attribute's path relative to the root; else the value named after the member in <c>.nuke/parameters.json</c>
/// (NUKE's setup writes <c>"Solution": "App.sln"</c> there); else the one <c>.sln</c>/<c>.slnx</c> at the root. It only
/// looks among the files MSBuild passed as <c>AdditionalFiles</c> (the package's targets add the root's solutions,
/// those one and two folders down, and <c>.nuke/parameters.json</c>), never at the disk.
/// </summary>
internal static class SolutionLocator
{
    /// <summary>The solution file for <paramref name="request"/>, or null with <paramref name="problem"/> saying why and what to do.</summary>
    public static InputFile? Find(SolutionRequest request, string? rootDirectory, IReadOnlyList<InputFile> files, out string problem)
    {
        problem = string.Empty;
        if (string.IsNullOrWhiteSpace(rootDirectory))
        {
            problem = "the build's root directory is unknown (no .nuke/parameters.json, .nuke/build.schema.json or .nuke file above the build project). " +
                "Create .nuke/parameters.json at the repository root, or set <AutomationRootDirectory> in the build project";
            return null;
        }

        var root = Normalize(rootDirectory!);
        string wanted;
        string source;
        if (!string.IsNullOrWhiteSpace(request.RelativePath))
        {
            wanted = Normalize(root + "/" + request.RelativePath);
            source = $"[Solution(\"{request.RelativePath}\")]";
        }
        else if (ParameterValue(files, root, request.MemberName) is { } fromParameters)
        {
            wanted = Normalize(root + "/" + fromParameters);
            source = $"\"{request.MemberName}\": \"{fromParameters}\" in .nuke/parameters.json";
        }
        else
        {
            var atRoot = files.Where(f => IsSolution(f.Path) && Directory(f.Path) == root).ToList();
            if (atRoot.Count == 1)
            {
                return atRoot[0];
            }

            problem = $"{(atRoot.Count == 0 ? "there is no .sln or .slnx file" : $"there are {atRoot.Count} solution files")} at the root '{root}' and " +
                $".nuke/parameters.json names none as \"{request.MemberName}\". Name it with [Solution(\"path/App.sln\", GenerateProjects = true)] " +
                $"or \"{request.MemberName}\": \"path/App.sln\" in .nuke/parameters.json";
            return null;
        }

        var match = files.FirstOrDefault(f => f.Path == wanted) ?? files.FirstOrDefault(f => string.Equals(f.Path, wanted, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            problem = $"the solution file '{wanted}' ({source}) does not exist, or lies deeper than two folders below the root. " +
                $"Fix the path, or add <AdditionalFiles Include=\"{wanted}\" /> to the build project";
        }

        return match;
    }

    /// <summary>Whether <paramref name="path"/> names a solution file.</summary>
    public static bool IsSolution(string path) =>
        path.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="path"/> names a parameters file of the <c>.nuke</c> folder.</summary>
    public static bool IsParametersFile(string path) => Normalize(path).EndsWith("/.nuke/parameters.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>A path with forward slashes, <c>.</c> and <c>..</c> resolved, and no trailing slash.</summary>
    public static string Normalize(string path)
    {
        var rooted = path.Replace('\\', '/');
        var segments = new List<string>();
        foreach (var segment in rooted.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 1)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment != "." && (segment.Length > 0 || segments.Count == 0))
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    private static string Directory(string path) => path.Substring(0, Math.Max(0, path.LastIndexOf('/')));

    private static string? ParameterValue(IReadOnlyList<InputFile> files, string root, string name)
    {
        var parameters = files.FirstOrDefault(f => f.Path == root + "/.nuke/parameters.json");
        if (parameters?.Text is null)
        {
            return null;
        }

        // The file is NUKE's flat object of parameter values; only a string value of this one name matters here.
        var match = Regex.Match(parameters.Text, "\"" + Regex.Escape(name) + "\"\\s*:\\s*\"(?<value>(?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);
        return match.Success
            ? Regex.Replace(match.Groups["value"].Value, "\\\\(.)", m => m.Groups[1].Value == "n" ? "\n" : m.Groups[1].Value, RegexOptions.CultureInvariant)
            : null;
    }
}
