namespace Automation.Components;

/// <summary>
/// The <c>integration-test</c> target: runs <c>dotnet test</c> on each integration test project (see
/// <see cref="TestProjectConvention"/>), as <see cref="IUnitTest"/> does for unit tests (coverage too when the build
/// implements <see cref="IReportCoverage"/>), after them when both run.
/// </summary>
public interface IIntegrationTest : ICompile, IHazTestResults
{
    /// <summary>
    /// The integration test projects; by default the solution's projects named <c>*IntegrationTests</c> or
    /// <c>*IntegrationTest</c>, and none in a build that names its test projects NUKE's way (<see cref="ITest.TestProjects"/>:
    /// <c>unit-test</c> runs those).
    /// </summary>
    IEnumerable<AbsolutePath> IntegrationTestProjects => this is ITest { TestProjects: not null }
        ? []
        : SolutionProjects.Read(Solution.Path).Where(TestProjectConvention.IsIntegrationTestProject);

    /// <summary>Adjusts each integration test project's <c>dotnet test</c>; by default <see cref="ITest.TestSettings"/> when the build implements <see cref="ITest"/>.</summary>
    Configure<DotNetTestSettings> IntegrationTestSettings => this is ITest test ? test.TestSettings : s => s;

    /// <summary>Runs the integration tests.</summary>
    Target IntegrationTest => _ => _
        .Description("Run the integration tests")
        .DependsOn<ICompile>()
        .TryAfter<IUnitTest>()
        .ProceedAfterFailure()
        .OnlyWhenDynamic(() => IntegrationTestProjects.Any())
        .InputFiles(() => SourceFiles.List(RootDirectory))
        .Inputs(() => DotNetInputs.Of(this), () => Configuration)
        .OutputFiles(() => TestRunner.Results(this, IntegrationTestProjects))
        .Produces(ProducedFolders.Of(this, TestResultsDirectory))
        .Executes(ctx => TestRunner.Run(ctx, this, IntegrationTestProjects, IntegrationTestSettings));
}
