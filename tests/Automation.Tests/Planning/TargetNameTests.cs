using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class TargetNameTests
{
    private sealed class Named : AutomationBuild
    {
        Target UnitTest => _ => _.Executes(() => Trace.Record("unit-test"));

        Target IntegrationTest => _ => _.Executes(() => Trace.Record("integration-test"));

        Target Compile => _ => _.Executes(() => Trace.Record("compile"));
    }

    [Fact]
    public void A_property_named_UnitTest_is_the_target_unit_test()
    {
        var run = BuildHarness.Run<Named>("unit-test");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["unit-test"], run.Trace);
        Assert.Equal("Succeeded", run.Status("unit-test"));
    }

    [Theory]
    [InlineData("UnitTest")]
    [InlineData("unittest")]
    [InlineData("UNIT-TEST")]
    [InlineData("Unit-Test")]
    public void Matching_a_target_on_the_command_line_ignores_case_and_dashes(string typed)
    {
        var run = BuildHarness.Run<Named>(typed);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["unit-test"], run.Trace);
    }

    [Fact]
    public void A_target_typed_twice_in_different_spellings_runs_once()
    {
        var run = BuildHarness.Run<Named>("integration-test", "IntegrationTest", "compile");

        Assert.Equal(["integration-test", "compile"], run.Trace);
    }

    [Fact]
    public void An_unknown_target_is_a_usage_error_that_suggests_the_closest_name()
    {
        var run = BuildHarness.Run<Named>("unit-tset");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("Unknown target 'unit-tset'", run.Output, StringComparison.Ordinal);
        Assert.Contains("Did you mean 'unit-test'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_target_stops_the_build_before_any_target_runs()
    {
        var run = BuildHarness.Run<Named>("compile", "comple");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("Did you mean 'compile'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_target_close_to_nothing_lists_the_targets_instead()
    {
        var run = BuildHarness.Run<Named>("no-such-target");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown target 'no-such-target'. Targets: unit-test, integration-test, compile.", run.Output, StringComparison.Ordinal);
    }
}
