using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class CycleTests
{
    private sealed class TwoCycle : AutomationBuild
    {
        Target Alpha => _ => _.DependsOn(Beta).Executes(() => Trace.Record("alpha"));

        Target Beta => _ => _.DependsOn(Alpha).Executes(() => Trace.Record("beta"));
    }

    private sealed class ThreeCycle : AutomationBuild
    {
        Target Alpha => _ => _.DependsOn(Beta).Executes(() => Trace.Record("alpha"));

        Target Beta => _ => _.DependsOn(Gamma).Executes(() => Trace.Record("beta"));

        Target Gamma => _ => _.DependentFor(Beta).After(Alpha).Executes(() => Trace.Record("gamma"));
    }

    private sealed class OrderCycle : AutomationBuild
    {
        Target Alpha => _ => _.After(Beta).Executes(() => Trace.Record("alpha"));

        Target Beta => _ => _.DependsOn(Alpha).Executes(() => Trace.Record("beta"));
    }

    private sealed class TriggerCycle : AutomationBuild
    {
        Target Alpha => _ => _.DependsOn(Beta).Executes(() => Trace.Record("alpha"));

        Target Beta => _ => _.TriggeredBy(Alpha).Executes(() => Trace.Record("beta"));
    }

    private sealed class SelfDependent : AutomationBuild
    {
        Target Loop => _ => _.DependsOn(Loop).Executes(() => Trace.Record("loop"));
    }

    [Fact]
    public void A_dependency_cycle_is_a_usage_error_naming_the_cycle()
    {
        var run = BuildHarness.Run<TwoCycle>("alpha");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("alpha -> beta -> alpha", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_cycle_is_named_in_full()
    {
        var run = BuildHarness.Run<ThreeCycle>("beta");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("alpha -> beta -> gamma -> alpha", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_through_After_is_a_usage_error()
    {
        var run = BuildHarness.Run<OrderCycle>("beta");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("alpha -> beta -> alpha", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_depends_on_what_it_triggers_is_a_cycle()
    {
        var run = BuildHarness.Run<TriggerCycle>("alpha");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("alpha -> beta -> alpha", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_depending_on_itself_is_a_usage_error()
    {
        var run = BuildHarness.Run<SelfDependent>("loop");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("loop -> loop", run.Output, StringComparison.Ordinal);
        Assert.Contains("depends on itself", run.Output, StringComparison.Ordinal);
    }
}
