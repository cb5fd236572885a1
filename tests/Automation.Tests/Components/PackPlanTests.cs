using System.Text.RegularExpressions;
using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary><c>pack</c> depends on every test target the build has, so a package never comes from untested code.</summary>
public sealed partial class PackPlanTests
{
    private sealed class UnitTestedPackage : AutomationBuild, IUnitTest, IPack;

    private sealed class FullyTestedPackage : AutomationBuild, ILint, ITest, IPack;

    private static List<string> Planned(BuildRun run) => [.. PlanLine().Matches(run.Output).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"^\s+\d+\. (?<name>[a-z0-9-]+)\s", RegexOptions.Multiline)]
    private static partial Regex PlanLine();

    [Fact]
    public void Pack_runs_the_unit_tests_of_a_build_without_coverage_or_itest()
    {
        var run = BuildHarness.Run<UnitTestedPackage>("pack", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "compile", "unit-test", "pack"], Planned(run));
    }

    [Fact]
    public void Pack_runs_lint_and_both_kinds_of_tests_when_the_build_has_them()
    {
        var run = BuildHarness.Run<FullyTestedPackage>("pack", "--plan");

        Assert.Equal(0, run.ExitCode);
        var planned = Planned(run);
        Assert.Equal(
            ["compile", "integration-test", "lint", "pack", "restore", "test", "unit-test"],
            planned.Order(StringComparer.Ordinal));
        Assert.Equal("pack", planned[^1]);
    }
}
