using Automation.Components;
using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Testing;

/// <summary>The <c>unit-test</c>, <c>integration-test</c> and <c>test</c> component targets on the sample.</summary>
[CiSeconds(100)]
public sealed class TestTargetTests
{
    [Fact]
    public void Test_runs_each_kind_of_project_once_with_results_counts_and_coverage()
    {
        using var sample = ComponentSample.Create();

        var run = sample.Run<PipelineBuild>("test").AssertExitCode(0);

        Assert.Matches(@"\nunit-test +Succeeded +\S+ s +2 passed, 0 failed, 1 skipped\n", run.Output);
        Assert.Matches(@"\nintegration-test +Succeeded +\S+ s +1 passed, 0 failed, 0 skipped\n", run.Output);
        Assert.EndsWith("Tests: 3 passed, 0 failed, 1 skipped\n", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(sample.PathOf("artifacts/test-results/Sample.Tests/results.trx")));
        Assert.True(File.Exists(sample.PathOf("artifacts/test-results/Sample.IntegrationTests/results.trx")));
        Assert.NotEmpty(Directory.GetFiles(sample.PathOf("artifacts/test-results/Sample.Tests"), "coverage.cobertura.xml", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_failing_unit_test_fails_unit_test_naming_the_test_also_as_a_ci_annotation()
    {
        using var sample = ComponentSample.Create();
        sample.Write("tests/Sample.Tests/BrokenTests.cs", ComponentSampleSources.FailingUnitTest);

        var run = sample.Run<PipelineBuild>(new Dictionary<string, string>(), "test", "--host", "github-actions").AssertExitCode(1);

        Assert.Contains("::error title=unit-test::Failed Sample.Tests.BrokenTests.Answer_is_forty_two: Assert.Equal() Failure", run.Output, StringComparison.Ordinal);
        Assert.Contains("Target 'unit-test' failed: Tests failed. 1 failed in Sample.Tests: Sample.Tests.BrokenTests.Answer_is_forty_two.", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nintegration-test +Succeeded", run.Output);
        Assert.EndsWith("Tests: 3 passed, 1 failed, 1 skipped\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_convention_can_be_replaced_by_a_trait_filter_through_the_settings_hook()
    {
        using var sample = ComponentSample.Create();

        var run = sample.Run<FilteredBuild>("unit-test").AssertExitCode(0);

        Assert.Contains("--filter \"FullyQualifiedName~Greets_by_name\"", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\nunit-test +Succeeded +\S+ s +1 passed, 0 failed, 0 skipped\n", run.Output);
    }

    [Fact]
    public void Coverage_asked_for_from_a_project_without_the_collector_fails_unit_test_naming_the_fix()
    {
        using var sample = ComponentSample.Create();
        var project = "tests/Sample.Tests/Sample.Tests.csproj";
        var withoutCollector = File.ReadAllLines(sample.PathOf(project)).Where(line => !line.Contains("coverlet.collector", StringComparison.Ordinal));
        sample.Write(project, string.Join('\n', withoutCollector) + "\n");

        var run = sample.Run<PipelineBuild>("unit-test").AssertExitCode(1);

        Assert.Contains(
            "Target 'unit-test' failed: Tests failed. Sample.Tests.csproj collected no coverage, which the build asks for (IReportCoverage): " +
            "add the collector with 'dotnet add tests/Sample.Tests/Sample.Tests.csproj package coverlet.collector', or remove IReportCoverage from the build.",
            run.Output,
            StringComparison.Ordinal);
        Assert.Matches(@"\nunit-test +Failed +\S+ s +2 passed, 0 failed, 1 skipped", run.Output);
    }

    private sealed class FilteredBuild : AutomationBuild, ITest
    {
        Configure<DotNetTestSettings> IUnitTest.UnitTestSettings => s => s with { Filter = "FullyQualifiedName~Greets_by_name" };
    }
}
