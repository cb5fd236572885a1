using System.Text;
using System.Text.RegularExpressions;
using Automation.Components;

namespace Automation.Cli.Setup;

/// <summary>
/// Adds the build project to the solution so IDEs show and edit it, excluded from the solution's own build: the
/// bootstrap scripts compile it, and the compile target building the solution must not rebuild the running build.
/// Entries are matched by the path they resolve to, so a solution in a subfolder (<c>..\build\_build.csproj</c>)
/// counts, and the file keeps its byte-order mark and line endings.
/// </summary>
internal static partial class SolutionRegistration
{
    /// <summary>Whether the solution already lists the build project.</summary>
    public static bool IsListed(AbsolutePath root, AbsolutePath solution) =>
        SolutionProjects.Read(solution).Any(p => string.Equals(p, root / RepositoryScanner.BuildProject, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the solution lists the build project but still builds it with the solution.</summary>
    public static bool IsBuiltWithSolution(AbsolutePath root, AbsolutePath solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var text = File.ReadAllText(solution);
        return !string.Equals(Exclude(solution, text, root / RepositoryScanner.BuildProject), text, StringComparison.Ordinal);
    }

    /// <summary>Adds the build project with <c>dotnet sln add</c> (unless listed), then excludes it from the solution build.</summary>
    /// <exception cref="SetupException">Adding failed.</exception>
    public static async Task RegisterAsync(AbsolutePath root, AbsolutePath solution, RunProcess run)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(run);
        var original = await File.ReadAllBytesAsync(solution).ConfigureAwait(false);
        if (!IsListed(root, solution))
        {
            var added = await run("dotnet", ["sln", solution, "add", root / RepositoryScanner.BuildProject], root).ConfigureAwait(false);
            if (added.ExitCode != 0)
            {
                throw new SetupException($"dotnet sln add {RepositoryScanner.BuildProject} failed (exit code {added.ExitCode}):\n{added.Output.TrimEnd()}");
            }
        }

        var text = Exclude(solution, await File.ReadAllTextAsync(solution).ConfigureAwait(false), root / RepositoryScanner.BuildProject);
        await File.WriteAllBytesAsync(solution, KeepingFormat(original, text)).ConfigureAwait(false);
    }

    /// <summary><paramref name="text"/> encoded as UTF-8 with <paramref name="original"/>'s byte-order mark (or none) and line endings.</summary>
    public static byte[] KeepingFormat(byte[] original, string text)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(text);
        var hasBom = original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF;
        var originalText = Encoding.UTF8.GetString(original);
        var newline = originalText.Contains("\r\n", StringComparison.Ordinal) || !originalText.Contains('\n', StringComparison.Ordinal) && OperatingSystem.IsWindows() ? "\r\n" : "\n";
        var body = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", newline, StringComparison.Ordinal);
        return [.. hasBom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(body)];
    }

    /// <summary>The solution text with <paramref name="project"/> kept in it but out of its build, in either format.</summary>
    public static string Exclude(AbsolutePath solution, string text, AbsolutePath project)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var directory = solution.Parent!;
        return solution.Name.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase)
            ? ExcludeFromSlnxBuild(text, directory, project)
            : ExcludeFromSlnBuild(text, directory, project);
    }

    /// <summary>A .sln without <paramref name="project"/>'s <c>Build.0</c>/<c>Deploy.0</c> lines: it stays in the solution, unbuilt.</summary>
    public static string ExcludeFromSlnBuild(string sln, AbsolutePath solutionDirectory, AbsolutePath project)
    {
        ArgumentNullException.ThrowIfNull(sln);
        var entry = SlnProject().Matches(sln).FirstOrDefault(m => Resolves(m.Groups["path"].Value, solutionDirectory, project));
        if (entry is null)
        {
            return sln;
        }

        var guid = entry.Groups["guid"].Value;
        var lines = sln.Split('\n').Where(line => !(line.Contains(guid, StringComparison.OrdinalIgnoreCase)
            && (line.Contains(".Build.0 =", StringComparison.Ordinal) || line.Contains(".Deploy.0 =", StringComparison.Ordinal))));
        return string.Join('\n', lines);
    }

    /// <summary>A .slnx whose entry for <paramref name="project"/> says <c>&lt;Build Project="false" /&gt;</c>.</summary>
    public static string ExcludeFromSlnxBuild(string slnx, AbsolutePath solutionDirectory, AbsolutePath project)
    {
        ArgumentNullException.ThrowIfNull(slnx);
        return SlnxProject().Replace(slnx, m =>
        {
            if (!Resolves(m.Groups["path"].Value, solutionDirectory, project))
            {
                return m.Value;
            }

            var indent = m.Groups["indent"].Value;
            var newline = m.Groups["newline"].Success ? m.Groups["newline"].Value : "\n";
            return $"{indent}<Project Path=\"{m.Groups["path"].Value}\">{newline}{indent}  <Build Project=\"false\" />{newline}{indent}</Project>{m.Groups["newline"].Value}";
        });
    }

    private static bool Resolves(string relative, AbsolutePath solutionDirectory, AbsolutePath project) =>
        string.Equals(
            Path.GetFullPath(relative.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar), solutionDirectory),
            project,
            StringComparison.OrdinalIgnoreCase);

    // Project("{type}") = "_build", "..\build\_build.csproj", "{guid}"
    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*",\s*"(?<path>[^"]+)",\s*"(?<guid>\{[^}]+\})""", RegexOptions.Multiline)]
    private static partial Regex SlnProject();

    [GeneratedRegex("""(?<indent>[ \t]*)<Project Path="(?<path>[^"]+)"\s*/>(?<newline>\r?\n)?""")]
    private static partial Regex SlnxProject();
}
