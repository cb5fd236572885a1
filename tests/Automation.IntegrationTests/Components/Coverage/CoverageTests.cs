using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Coverage;

/// <summary>The <c>coverage</c> component target: ReportGenerator from the local tool manifest over the tests' Cobertura files.</summary>
[CiSeconds(70)]
public sealed class CoverageTests
{
    [Fact]
    public void Coverage_merges_the_tests_into_html_cobertura_summary_and_badges_and_notes_the_rates()
    {
        using var sample = ComponentSample.Create();

        var run = sample.Run<PipelineBuild>("coverage").AssertExitCode(0);

        foreach (var file in new[] { "index.html", "Cobertura.xml", "Summary.txt", "badge_linecoverage.svg" })
        {
            Assert.True(File.Exists(sample.PathOf($"artifacts/coverage/{file}")), $"artifacts/coverage/{file} is missing");
        }

        Assert.Matches(@"\ncoverage +Succeeded +\S+ s +line 100\.0%, branch 100\.0%\n", run.Output);
        Assert.Contains("Tests: 3 passed, 0 failed, 1 skipped", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverage_below_the_threshold_fails_the_build_and_without_test_results_says_what_to_do()
    {
        using var sample = ComponentSample.Create();
        sample.Write("src/Sample.Library/Untested.cs", "namespace Sample.Library;\n\npublic static class Untested\n{\n    public static int Twice(int x) => x * 2;\n}\n");

        var missing = sample.Run<PipelineBuild>("coverage", "--skip", "unit-test", "integration-test").AssertExitCode(1);
        var below = sample.Run<PipelineBuild>("coverage", "--coverage-threshold", "90").AssertExitCode(1);

        Assert.Contains("No coverage files under artifacts/test-results. Run the tests first", missing.Output, StringComparison.Ordinal);
        Assert.Matches(@"Target 'coverage' failed: Line coverage \d+\.\d% is below the threshold of 90% \(--coverage-threshold\)\.", below.Output);
    }
}
