using System.Diagnostics;
using System.Text.RegularExpressions;
using Automation.Components;

namespace Automation.Cli.Setup;

/// <summary>
/// Adds the build project to the solution so IDEs show and edit it, excluded from the solution's own build: the
/// bootstrap scripts compile it, and the compile target building the solution must not rebuild the running build.
/// </summary>
internal static partial class SolutionRegistration
{
    /// <summary>Adds <paramref name="project"/> to <paramref name="solution"/>, run in <paramref name="root"/>; returns the exit code and output.</summary>
    public delegate (int ExitCode, string Output) AddProject(AbsolutePath root, AbsolutePath solution, string project);

    /// <summary>Whether the solution already lists the build project.</summary>
    public static bool IsListed(AbsolutePath root, AbsolutePath solution) =>
        SolutionProjects.Read(solution).Any(p => string.Equals(p, root / RepositoryScanner.BuildProject, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the build project with <paramref name="add"/>, then excludes it from the solution build.</summary>
    /// <exception cref="SetupException">Adding failed.</exception>
    public static void Register(AbsolutePath root, AbsolutePath solution, AddProject add)
    {
        ArgumentNullException.ThrowIfNull(solution);
        ArgumentNullException.ThrowIfNull(add);
        var (exitCode, output) = add(root, solution, RepositoryScanner.BuildProject);
        if (exitCode != 0)
        {
            throw new SetupException($"dotnet sln add {RepositoryScanner.BuildProject} failed (exit code {exitCode}):\n{output.TrimEnd()}");
        }

        var text = File.ReadAllText(solution);
        var isSlnx = solution.Name.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase);
        File.WriteAllText(solution, isSlnx ? ExcludeFromSlnxBuild(text) : ExcludeFromSlnBuild(text));
    }

    /// <summary>Runs <c>dotnet sln &lt;solution&gt; add &lt;project&gt;</c>, which writes either solution format correctly.</summary>
    public static (int ExitCode, string Output) DotNetSlnAdd(AbsolutePath root, AbsolutePath solution, string project)
    {
        var info = new ProcessStartInfo("dotnet", ["sln", solution, "add", project])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new SetupException("Could not start dotnet.");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.GetAwaiter().GetResult());
    }

    /// <summary>A .sln without the build project's <c>Build.0</c>/<c>Deploy.0</c> lines: it stays in the solution, unbuilt.</summary>
    public static string ExcludeFromSlnBuild(string sln)
    {
        ArgumentNullException.ThrowIfNull(sln);
        var project = SlnBuildProject().Match(sln);
        if (!project.Success)
        {
            return sln;
        }

        var guid = project.Groups["guid"].Value;
        var lines = sln.Split('\n').Where(line => !(line.Contains(guid, StringComparison.OrdinalIgnoreCase)
            && (line.Contains(".Build.0 =", StringComparison.Ordinal) || line.Contains(".Deploy.0 =", StringComparison.Ordinal))));
        return string.Join('\n', lines);
    }

    /// <summary>A .slnx whose build project entry says <c>&lt;Build Project="false" /&gt;</c>.</summary>
    public static string ExcludeFromSlnxBuild(string slnx)
    {
        ArgumentNullException.ThrowIfNull(slnx);
        return SlnxBuildProject().Replace(slnx, m =>
        {
            var indent = m.Groups["indent"].Value;
            var newline = m.Groups["newline"].Success ? m.Groups["newline"].Value : Environment.NewLine;
            return $"{indent}<Project Path=\"{m.Groups["path"].Value}\">{newline}{indent}  <Build Project=\"false\" />{newline}{indent}</Project>{m.Groups["newline"].Value}";
        });
    }

    // Project("{type}") = "_build", "build\_build.csproj", "{guid}"
    [GeneratedRegex("""^Project\("\{[^}]+\}"\)\s*=\s*"[^"]*",\s*"build[\\/]_build\.csproj",\s*"(?<guid>\{[^}]+\})""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex SlnBuildProject();

    [GeneratedRegex("""(?<indent>[ \t]*)<Project Path="(?<path>build[\\/]_build\.csproj)"\s*/>(?<newline>\r?\n)?""", RegexOptions.IgnoreCase)]
    private static partial Regex SlnxBuildProject();
}
