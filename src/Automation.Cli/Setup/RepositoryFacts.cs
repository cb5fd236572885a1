namespace Automation.Cli.Setup;

/// <summary>What <c>automation :setup</c> found in a repository: where it is, its solution and what kind of projects it holds.</summary>
/// <param name="Root">The git work tree's top folder; everything is written relative to it.</param>
/// <param name="Solution">The solution the build will work on.</param>
/// <param name="HasSeveralSolutions">Whether the root holds more than one solution, so the build must be told which one.</param>
/// <param name="UnitTestProjects">Projects the unit-test target will run (named <c>*.Tests</c> and the like).</param>
/// <param name="IntegrationTestProjects">Projects the integration-test target will run (named <c>*.IntegrationTests</c>).</param>
/// <param name="UnconventionalTestProjects">Test projects whose names the test components do not recognise.</param>
/// <param name="PackableProjects">Projects <c>dotnet pack</c> makes a package of.</param>
internal sealed record RepositoryFacts(
    AbsolutePath Root,
    AbsolutePath Solution,
    bool HasSeveralSolutions,
    IReadOnlyList<AbsolutePath> UnitTestProjects,
    IReadOnlyList<AbsolutePath> IntegrationTestProjects,
    IReadOnlyList<AbsolutePath> UnconventionalTestProjects,
    IReadOnlyList<AbsolutePath> PackableProjects)
{
    /// <summary>Whether any test project will run, so coverage can be reported.</summary>
    public bool HasTests => UnitTestProjects.Count + IntegrationTestProjects.Count > 0;
}
