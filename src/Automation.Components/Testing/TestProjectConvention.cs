namespace Automation.Components;

/// <summary>
/// Which of a solution's projects hold unit tests and which integration tests, by name: <c>*.IntegrationTests</c> (or
/// <c>*.IntegrationTest</c>) are integration tests; the other <c>*.Tests</c>, <c>*.UnitTests</c> and <c>*.Test</c>
/// projects are unit tests. Override <see cref="IUnitTest.UnitTestProjects"/> or
/// <see cref="IIntegrationTest.IntegrationTestProjects"/> for another convention, or use a trait filter in the settings hooks.
/// </summary>
public static class TestProjectConvention
{
    private static readonly string[] IntegrationSuffixes = [".IntegrationTests", ".IntegrationTest"];
    private static readonly string[] TestSuffixes = [".Tests", ".UnitTests", ".Test"];

    /// <summary>Whether a project, by its file name, is an integration test project.</summary>
    /// <param name="project">The project file.</param>
    public static bool IsIntegrationTestProject(AbsolutePath project) => EndsWithAny(project, IntegrationSuffixes);

    /// <summary>Whether a project, by its file name, is a unit test project.</summary>
    /// <param name="project">The project file.</param>
    public static bool IsUnitTestProject(AbsolutePath project) => !IsIntegrationTestProject(project) && EndsWithAny(project, TestSuffixes);

    private static bool EndsWithAny(AbsolutePath project, string[] suffixes)
    {
        ArgumentNullException.ThrowIfNull(project);
        var name = Path.GetFileNameWithoutExtension(project.Name);
        return suffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
    }
}
