using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class TriggerPlanningTests
{
    private sealed class Triggered : AutomationBuild
    {
        // Declared before their triggers on purpose: triggered targets must still run after them.
        Target Notify => _ => _.DependsOn(Prepare).Triggers(Archive).Executes(() => Trace.Record("notify"));

        Target Report => _ => _.TriggeredBy(Compile).Executes(() => Trace.Record("report"));

        Target Compile => _ => _.Triggers(Notify).Executes(() => Trace.Record("compile"));

        Target Prepare => _ => _.Executes(() => Trace.Record("prepare"));

        Target Archive => _ => _.Executes(() => Trace.Record("archive"));

        Target Other => _ => _.Executes(() => Trace.Record("other"));
    }

    private static void AssertBefore(IReadOnlyList<string> trace, string earlier, string later)
    {
        Assert.Contains(earlier, trace);
        Assert.Contains(later, trace);
        Assert.True(trace.ToList().IndexOf(earlier) < trace.ToList().IndexOf(later), $"{earlier} should run before {later}: {string.Join(", ", trace)}");
    }

    [Fact]
    public void Triggers_schedule_the_triggered_target_after_its_trigger()
    {
        var run = BuildHarness.Run<Triggered>("compile");

        Assert.Equal(0, run.ExitCode);
        AssertBefore(run.Trace, "compile", "notify");
    }

    [Fact]
    public void TriggeredBy_is_the_reverse_of_Triggers()
    {
        var run = BuildHarness.Run<Triggered>("compile");

        AssertBefore(run.Trace, "compile", "report");
    }

    [Fact]
    public void Triggers_expand_to_a_fixpoint_with_the_dependencies_and_triggers_of_triggered_targets()
    {
        var run = BuildHarness.Run<Triggered>("compile");

        Assert.Equal(["archive", "compile", "notify", "prepare", "report"], run.Trace.Order(StringComparer.Ordinal));
        AssertBefore(run.Trace, "prepare", "notify");
        AssertBefore(run.Trace, "notify", "archive");
        Assert.DoesNotContain("other", run.Statuses.Keys);
    }

    [Fact]
    public void The_whole_order_of_a_triggered_plan_is_deterministic()
    {
        var run = BuildHarness.Run<Triggered>("compile");

        Assert.Equal(["compile", "report", "prepare", "notify", "archive"], run.Trace);
    }

    [Fact]
    public void Invoking_a_triggered_target_does_not_schedule_its_trigger()
    {
        var run = BuildHarness.Run<Triggered>("notify");

        Assert.Equal(["prepare", "notify", "archive"], run.Trace);
    }
}
