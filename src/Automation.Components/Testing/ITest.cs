namespace Automation.Components;

/// <summary>
/// The <c>test</c> target: the unit tests, then the integration tests. A repository with only one kind is fine: the
/// other target is skipped, having no projects.
/// </summary>
public interface ITest : IUnitTest, IIntegrationTest
{
    /// <summary>
    /// NUKE's <c>ITest.TestProjects</c>: when the build names the test projects, <c>unit-test</c> runs exactly these and
    /// <c>integration-test</c> none; null (the default) keeps the naming convention of <see cref="IUnitTest.UnitTestProjects"/>
    /// and <see cref="IIntegrationTest.IntegrationTestProjects"/>.
    /// </summary>
    IEnumerable<Project>? TestProjects => null;

    /// <summary>NUKE's <c>ITest.TestSettings</c>: adjusts every test project's <c>dotnet test</c>, unit and integration alike.</summary>
    Configure<DotNetTestSettings> TestSettings => s => s;

    /// <summary>Runs all tests.</summary>
    Target Test => _ => _
        .Description("Run the unit and integration tests")
        .DependsOn<IUnitTest>()
        .DependsOn<IIntegrationTest>();
}
