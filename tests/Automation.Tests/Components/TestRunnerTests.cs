using Automation.Components;
using Automation.Tests.Support;
using Automation.Tests.Tools.Resolution;

namespace Automation.Tests.Components;

/// <summary>
/// The test targets' runner with a stand-in <c>dotnet test</c> that writes what the real one would: coverage is asked for
/// only by a build that reports it, and then a project that collected none fails the target with the fix; a target
/// without projects is skipped.
/// </summary>
public sealed class TestRunnerTests
{
    private const string Trx = """
        <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
          <Results><UnitTestResult testName="A.Tests.Passes" outcome="Passed" /></Results>
        </TestRun>
        """;

    private const string MissingCollector = "Data collection : Unable to find a datacollector with friendly name 'XPlat Code Coverage'.";

    public interface IProbe : IUnitTest, IIntegrationTest
    {
        /// <summary>Whether the test projects reference coverlet.collector.</summary>
        bool CollectorInstalled => false;

        IEnumerable<AbsolutePath> IUnitTest.UnitTestProjects => [RootDirectory / "tests/A.Tests/A.Tests.csproj"];

        IEnumerable<AbsolutePath> IIntegrationTest.IntegrationTestProjects => [];

        Target ProbeUnit => _ => _.Executes(() => Probe(UnitTestProjects));

        Target ProbeIntegration => _ => _.Executes(() => Probe(IntegrationTestProjects));

        private void Probe(IEnumerable<AbsolutePath> projects)
        {
            var installed = CollectorInstalled;
            var ctx = new RecordingContext(RootDirectory)
            {
                Tools = (name, _, _) => new ToolCommand(name, [], "stand-in"),
                OnRun = (_, arguments, _) => StandInTest(arguments, installed),
                Respond = (_, arguments) => arguments.Contains("--collect") && !installed ? MissingCollector : string.Empty,
            };
            try
            {
                TestRunner.Run(ctx, this, projects, s => s);
                Trace.Record("passed");
            }
            catch (InvalidOperationException failure)
            {
                Trace.Record(failure.Message);
            }

            foreach (var command in ctx.Commands)
            {
                Trace.Record(command);
            }

            foreach (var message in ctx.Messages)
            {
                Trace.Record(message);
            }
        }

        private static void StandInTest(IReadOnlyList<string> arguments, bool installed)
        {
            var results = arguments[arguments.ToList().IndexOf("--results-directory") + 1];
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "results.trx"), Trx);
            if (arguments.Contains("--collect") && installed)
            {
                var run = Path.Combine(results, Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(run);
                File.WriteAllText(Path.Combine(run, "coverage.cobertura.xml"), "<coverage line-rate=\"1\" branch-rate=\"1\" />");
            }
        }
    }

    private sealed class Uncovered : AutomationBuild, IProbe;

    private sealed class Covered : AutomationBuild, IProbe, IReportCoverage
    {
        bool IProbe.CollectorInstalled => true;
    }

    private sealed class CoveredWithoutCollector : AutomationBuild, IProbe, IReportCoverage;


    [Fact]
    public void Without_IReportCoverage_no_coverage_is_collected_or_required()
    {
        var trace = Run<Uncovered>("probe-unit");

        Assert.Equal("passed", trace[0]);
        Assert.DoesNotContain("--collect", trace[1], StringComparison.Ordinal);
    }

    [Fact]
    public void With_IReportCoverage_each_project_collects_coverage()
    {
        var trace = Run<Covered>("probe-unit");

        Assert.Equal("passed", trace[0]);
        Assert.Contains("--collect XPlat Code Coverage", trace[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_that_cannot_collect_the_coverage_asked_for_fails_naming_the_fix()
    {
        var trace = Run<CoveredWithoutCollector>("probe-unit");

        Assert.Equal(
            "Tests failed. A.Tests.csproj collected no coverage, which the build asks for (IReportCoverage): add the collector with " +
            $"'dotnet add {Path.Combine("tests", "A.Tests", "A.Tests.csproj")} package coverlet.collector', or remove IReportCoverage from the build.",
            trace[0]);
    }

    [Fact]
    public void A_kind_of_test_without_projects_is_skipped_so_a_second_run_has_nothing_to_redo()
    {
        using var repository = new TestRepository();
        repository.WriteFile("Probe.slnx", "<Solution />\n");

        var run = BuildHarness.Run<Uncovered>(new BuildOptions { Repository = repository }, "integration-test", "--skip", "compile", "restore");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"(?m)^integration-test +Skipped \(condition false: IntegrationTestProjects\.Any\(\)\)", run.Output);
    }

    private static List<string> Run<TBuild>(string target)
        where TBuild : AutomationBuild, new()
    {
        using var repository = new TestRepository();
        repository.WriteFile("Probe.slnx", "<Solution />\n");
        var run = BuildHarness.Run<TBuild>(new BuildOptions { Repository = repository }, target);
        Assert.True(run.ExitCode == 0, run.Output);
        return [.. run.Trace];
    }
}
