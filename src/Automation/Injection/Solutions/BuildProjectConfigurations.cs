using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace Automation.Injection.Solutions;

/// <summary>
/// Finds the solution configurations that build the build project itself (what NUKE's
/// <c>[CheckBuildProjectConfigurations]</c> warned about): building the solution then compiles the build project, whose
/// output the running build holds open, and an IDE's build of the solution rebuilds the build for no reason.
/// </summary>
internal static class BuildProjectConfigurations
{
    /// <summary>
    /// One line per solution under <paramref name="root"/> (hidden, <c>bin</c> and <c>obj</c> folders left out) that builds
    /// the project in <paramref name="buildProjectDirectory"/>, naming the configurations that do.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindAsync(AbsolutePath root, AbsolutePath buildProjectDirectory, CancellationToken cancellationToken)
    {
        var findings = new List<string>();
        foreach (var file in SolutionFiles(new DirectoryInfo(root)))
        {
            if (SolutionSerializers.GetSerializerByMoniker(file.FullName) is not { } serializer)
            {
                continue;
            }

            SolutionModel model;
            try
            {
                model = await serializer.OpenAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
            {
                // A solution the build cannot read is reported where it is used ([Solution]); here it holds no finding.
                continue;
            }

            var solutionDirectory = AbsolutePath.Create(file.DirectoryName!);
            foreach (var project in model.SolutionProjects)
            {
                var projectFile = solutionDirectory / project.FilePath.Replace('\\', '/');
                var projectDirectory = projectFile.Parent;
                if (projectDirectory is null || !SamePath(projectDirectory, buildProjectDirectory))
                {
                    continue;
                }

                var building = Configurations(model, project).ToList();
                if (building.Count > 0)
                {
                    findings.Add(
                        $"Solution {AbsolutePath.Create(file.FullName).RelativeTo(root)} builds the build project {projectFile.RelativeTo(root)} in {string.Join(", ", building)}: " +
                        "clear its Build checkbox in every solution configuration (Visual Studio's Configuration Manager, or remove its .Build.0 lines from the .sln), " +
                        "so that building the solution does not compile the build.");
                }
            }
        }

        return findings;
    }

    private static IEnumerable<string> Configurations(SolutionModel model, SolutionProjectModel project)
    {
        // A solution without declared configurations has the implicit Debug and Release of Any CPU.
        var buildTypes = model.BuildTypes.Count > 0 ? model.BuildTypes : ["Debug", "Release"];
        var platforms = model.Platforms.Count > 0 ? model.Platforms : ["Any CPU"];
        foreach (var buildType in buildTypes)
        {
            foreach (var platform in platforms)
            {
                if (project.GetProjectConfiguration(buildType, platform).Build)
                {
                    yield return $"{buildType}|{platform}";
                }
            }
        }
    }

    private static IEnumerable<FileInfo> SolutionFiles(DirectoryInfo directory)
    {
        foreach (var file in directory.EnumerateFiles("*.sln*").Where(f => f.Extension is ".sln" or ".slnx"))
        {
            yield return file;
        }

        foreach (var child in directory.EnumerateDirectories())
        {
            if (child.Name.StartsWith('.') || child.Name is "bin" or "obj" or "node_modules" || child.LinkTarget is not null)
            {
                continue;
            }

            foreach (var file in SolutionFiles(child))
            {
                yield return file;
            }
        }
    }

    private static bool SamePath(AbsolutePath left, AbsolutePath right) =>
        string.Equals(
            Path.TrimEndingDirectorySeparator(left.ToString()),
            Path.TrimEndingDirectorySeparator(right.ToString()),
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
