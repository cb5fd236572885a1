namespace Automation.Components;

/// <summary>
/// The <c>unit-test</c> target: runs <c>dotnet test</c> on each unit test project (see <see cref="TestProjectConvention"/>)
/// with a TRX logger and coverage (<c>XPlat Code Coverage</c>), results under <c>artifacts/test-results/</c>; reports the
/// counts and names every failing test.
/// </summary>
public interface IUnitTest : ICompile, IHazTestResults
{
    /// <summary>The unit test projects; by default the solution's projects named <c>*.Tests</c> (not <c>*.IntegrationTests</c>).</summary>
    IEnumerable<AbsolutePath> UnitTestProjects => SolutionProjects.Read(Solution).Where(TestProjectConvention.IsUnitTestProject);

    /// <summary>Adjusts each unit test project's <c>dotnet test</c> (a trait filter, a runsettings file, ...).</summary>
    Configure<DotNetTestSettings> UnitTestSettings => s => s;

    /// <summary>Runs the unit tests.</summary>
    Target UnitTest => _ => _
        .Description("Run the unit tests")
        .DependsOn<ICompile>()
        .ProceedAfterFailure()
        .InputFiles(() => SourceFiles.List(RootDirectory))
        .Inputs(() => DotNetInputs.Of(this), () => Configuration)
        .OutputFiles(() => TestRunner.Results(this, UnitTestProjects))
        .Produces(ProducedFolders.Of(this, TestResultsDirectory))
        .Executes(ctx => TestRunner.Run(ctx, this, UnitTestProjects, UnitTestSettings));
}
