using Automation.Components;

namespace Automation.Cli.Setup;

/// <summary>What <c>automation :setup</c> found in a repository: where it is, its solution and what its projects are.</summary>
/// <param name="Root">The git work tree's top folder; everything is written relative to it.</param>
/// <param name="Solution">The solution the build will work on.</param>
/// <param name="RecordSolution">Whether the build must be told the solution in .nuke/parameters.json: it is not the only one at the root.</param>
/// <param name="Projects">The solution's projects (the build project left out), as MSBuild evaluates them.</param>
/// <param name="Nuke">The NUKE build the repository has, or null.</param>
internal sealed record RepositoryFacts(AbsolutePath Root, AbsolutePath Solution, bool RecordSolution, IReadOnlyList<ProjectFacts> Projects, NukeBuild? Nuke)
{
    /// <summary>Test projects holding unit tests.</summary>
    public IReadOnlyList<AbsolutePath> UnitTestProjects => Projects.Where(p => p.IsUnitTestProject).Select(p => p.Path).ToList();

    /// <summary>Test projects holding integration tests.</summary>
    public IReadOnlyList<AbsolutePath> IntegrationTestProjects => Projects.Where(p => p.IsIntegrationTestProject).Select(p => p.Path).ToList();

    /// <summary>Projects <c>dotnet pack</c> makes a package of.</summary>
    public IReadOnlyList<AbsolutePath> PackableProjects => Projects.Where(p => p.IsPackable).Select(p => p.Path).ToList();

    /// <summary>Test projects without coverlet.collector, so no coverage can be collected from them.</summary>
    public IReadOnlyList<AbsolutePath> TestProjectsWithoutCollector => Projects.Where(p => p.IsTestProject && !p.CollectsCoverage).Select(p => p.Path).ToList();

    /// <summary>Whether there are tests and every test project collects coverage: only then does the build report it.</summary>
    public bool CanReportCoverage => Projects.Any(p => p.IsTestProject) && TestProjectsWithoutCollector.Count == 0;

    /// <summary>The solution relative to the root, with forward slashes, as .nuke/parameters.json records it.</summary>
    public string SolutionRelative => Solution.RelativeTo(Root).Replace('\\', '/');

    /// <summary>
    /// The unit test projects, when the components' name-and-content convention would find others than evaluation did
    /// (e.g. a test SDK added by a Directory.Build.props); null when the convention agrees.
    /// </summary>
    public IReadOnlyList<AbsolutePath>? UnitTestOverride =>
        Disagrees(UnitTestProjects, Projects.Select(p => p.Path).Where(TestProjectConvention.IsUnitTestProject)) ? UnitTestProjects : null;

    /// <summary>The integration test projects, when the convention would find others (see <see cref="UnitTestOverride"/>).</summary>
    public IReadOnlyList<AbsolutePath>? IntegrationTestOverride =>
        Disagrees(IntegrationTestProjects, Projects.Select(p => p.Path).Where(TestProjectConvention.IsIntegrationTestProject)) ? IntegrationTestProjects : null;

    /// <summary>
    /// The packable projects, when <c>dotnet pack</c> of the solution would also pack others (an app that is not a tool,
    /// such as a benchmark); null when it packs just these.
    /// </summary>
    public IReadOnlyList<AbsolutePath>? PackOverride =>
        Disagrees(PackableProjects, Projects.Where(p => p.PackedWithSolution).Select(p => p.Path)) && PackableProjects.Count > 0 ? PackableProjects : null;

    private static bool Disagrees(IReadOnlyList<AbsolutePath> evaluated, IEnumerable<AbsolutePath> byConvention) =>
        !evaluated.ToHashSet().SetEquals(byConvention);
}
