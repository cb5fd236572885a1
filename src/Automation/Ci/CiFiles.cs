using Automation.Ci;
using Automation.Parameters;
using Automation.Targets;

namespace Automation;

/// <summary>
/// Generates and checks the CI configuration files that the build class's <see cref="CiConfigurationAttribute"/>s
/// describe. <c>./build.sh --generate-ci</c> and <c>--verify-ci</c> use it; a lint target can call
/// <see cref="Verify"/> so a hand-edited or outdated file fails the build.
/// </summary>
public static class CiFiles
{
    /// <summary>
    /// Fails when a generated CI file is missing or differs from what the build would write now, naming the files and
    /// the command that regenerates them. Does nothing when the build has no CI configuration attribute.
    /// </summary>
    /// <param name="build">The running build.</param>
    /// <exception cref="InvalidOperationException">A file is missing or differs.</exception>
    public static void Verify(IAutomationBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var problems = FindStale(build.RootDirectory, Generate(build));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(StaleMessage(problems));
        }
    }

    internal static IReadOnlyList<CiFile> Generate(object build) =>
        CiGenerator.Generate(build, TargetDiscovery.Discover(build), ParameterDiscovery.Discover(build.GetType()));

    /// <summary>Writes each file whose content changed; returns one line per file saying what happened.</summary>
    internal static IReadOnlyList<string> Write(AbsolutePath root, IReadOnlyList<CiFile> files)
    {
        var report = new List<string>();
        foreach (var file in files)
        {
            var path = root / file.RelativePath;
            if (Read(path) == file.Content)
            {
                report.Add($"Up to date: {file.RelativePath}");
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content);
            report.Add($"Wrote {file.RelativePath} (from {file.Source})");
        }

        return report;
    }

    /// <summary>The files that are missing or differ, each as <c>path (missing)</c> or <c>path (differs)</c>.</summary>
    internal static IReadOnlyList<string> FindStale(AbsolutePath root, IReadOnlyList<CiFile> files) =>
        files.Select(file => Read(root / file.RelativePath) switch
        {
            null => $"{file.RelativePath} (missing)",
            var existing when existing != file.Content => $"{file.RelativePath} (differs)",
            _ => null,
        }).OfType<string>().ToList();

    internal static string StaleMessage(IReadOnlyList<string> problems) =>
        $"Generated CI configuration is out of date: {string.Join(", ", problems)}. Run '{CiGenerator.GenerateCommand}' to regenerate, then commit the result.";

    // Git may check files out with CRLF on Windows; that is not drift.
    private static string? Read(AbsolutePath path) => path.FileExists() ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
}
