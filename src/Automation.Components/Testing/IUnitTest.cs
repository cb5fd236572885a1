namespace Automation.Components;

/// <summary>
/// The <c>unit-test</c> target: runs <c>dotnet test</c> on each unit test project (see <see cref="TestProjectConvention"/>)
/// with a TRX logger, results under <c>artifacts/test-results/</c>; reports the counts and names every failing test.
/// When the build implements <see cref="IReportCoverage"/>, each project also collects coverage (<c>XPlat Code
/// Coverage</c>), and a project that cannot (no <c>coverlet.collector</c> package) fails the target, naming the fix.
/// Without unit test projects the target is skipped (<c>condition false: UnitTestProjects.Any()</c>): nothing to run,
/// and nothing that could be up to date.
/// </summary>
public interface IUnitTest : ICompile, IHazTestResults
{
    /// <summary>
    /// The unit test projects; by default those of the solution's projects <see cref="TestProjectConvention.IsUnitTestProject"/>
    /// accepts, or, in a build that names them NUKE's way (<see cref="ITest.TestProjects"/>), those.
    /// </summary>
    IEnumerable<AbsolutePath> UnitTestProjects => this is ITest { TestProjects: { } named }
        ? named.Select(project => project.Path)
        : SolutionProjects.Read(Solution.Path).Where(TestProjectConvention.IsUnitTestProject);

    /// <summary>Adjusts each unit test project's <c>dotnet test</c> (a trait filter, a runsettings file, ...); by default <see cref="ITest.TestSettings"/> when the build implements <see cref="ITest"/>.</summary>
    Configure<DotNetTestSettings> UnitTestSettings => this is ITest test ? test.TestSettings : s => s;

    /// <summary>Runs the unit tests.</summary>
    Target UnitTest => _ => _
        .Description("Run the unit tests")
        .DependsOn<ICompile>()
        .ProceedAfterFailure()
        .OnlyWhenDynamic(() => UnitTestProjects.Any())
        .InputFiles(() => SourceFiles.List(RootDirectory))
        .Inputs(() => DotNetInputs.Of(this), () => Configuration)
        .OutputFiles(() => TestRunner.Results(this, UnitTestProjects))
        .Produces(ProducedFolders.Of(this, TestResultsDirectory))
        .Executes(ctx => TestRunner.Run(ctx, this, UnitTestProjects, UnitTestSettings));
}
