using System.Text.RegularExpressions;

namespace Automation.Components;

/// <summary>
/// Which of a solution's projects hold unit tests and which integration tests. A project is an integration test project
/// when its file name ends with <c>IntegrationTests</c> or <c>IntegrationTest</c> (<c>Foo.IntegrationTests</c>,
/// <c>FooIntegrationTests</c>). Any other project is a unit test project when its name ends with <c>Tests</c>,
/// <c>Test</c>, <c>UnitTests</c> or <c>Specs</c> (<c>Foo.Tests</c>, <c>FooTests</c>, <c>Foo.Specs</c>), or when its
/// project file mentions <c>Microsoft.NET.Test.Sdk</c>, <c>&lt;IsTestProject&gt;true</c> or <c>MSTest.Sdk</c>. A suffix
/// counts after a dot (in any case) or as a capitalized word (<c>FooTests</c>, not <c>Contest</c>). Override
/// <see cref="IUnitTest.UnitTestProjects"/> or <see cref="IIntegrationTest.IntegrationTestProjects"/> for another
/// convention, or use a trait filter in the settings hooks.
/// </summary>
public static partial class TestProjectConvention
{
    private static readonly string[] IntegrationSuffixes = ["IntegrationTests", "IntegrationTest"];
    private static readonly string[] UnitSuffixes = ["UnitTests", "Tests", "Test", "Specs"];
    private static readonly string[] TestProjectMarkers = ["Microsoft.NET.Test.Sdk", "MSTest.Sdk"];

    /// <summary>Whether a project, by its file name, is an integration test project.</summary>
    /// <param name="project">The project file.</param>
    public static bool IsIntegrationTestProject(AbsolutePath project) => EndsWithAny(project, IntegrationSuffixes);

    /// <summary>
    /// Whether a project is a unit test project: not an integration test project, and named like a test project or
    /// referencing the test SDK (a project file that cannot be read counts by its name only).
    /// </summary>
    /// <param name="project">The project file.</param>
    public static bool IsUnitTestProject(AbsolutePath project) =>
        !IsIntegrationTestProject(project) && (EndsWithAny(project, UnitSuffixes) || MentionsTestSdk(project));

    private static bool EndsWithAny(AbsolutePath project, string[] suffixes)
    {
        ArgumentNullException.ThrowIfNull(project);
        var name = Path.GetFileNameWithoutExtension(project.Name);
        return suffixes.Any(suffix => EndsWithWord(name, suffix));
    }

    // After a dot, or the whole name, any case ("Foo.tests"); otherwise only as a capitalized word ("FooTests", not "Contest").
    private static bool EndsWithWord(string name, string suffix)
    {
        if (name.Length == suffix.Length || name.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase))
        {
            return name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        }

        return name.EndsWith(suffix, StringComparison.Ordinal);
    }

    private static bool MentionsTestSdk(AbsolutePath project)
    {
        string text;
        try
        {
            text = File.ReadAllText(project);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        // An explicit <IsTestProject>false</IsTestProject> wins: such a project may name the test SDK only to remove it.
        return !IsTestProjectFalse().IsMatch(text)
            && (TestProjectMarkers.Any(marker => text.Contains(marker, StringComparison.OrdinalIgnoreCase)) || IsTestProjectTrue().IsMatch(text));
    }

    [GeneratedRegex(@"<IsTestProject>\s*true\s*</IsTestProject>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsTestProjectTrue();

    [GeneratedRegex(@"<IsTestProject>\s*false\s*</IsTestProject>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IsTestProjectFalse();
}
