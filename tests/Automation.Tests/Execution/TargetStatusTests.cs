using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class TargetStatusTests
{
    private sealed class Simple : AutomationBuild
    {
        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        Target Compile => _ => _.DependsOn(Restore).Executes(() => Trace.Record("compile"));

        Target All => _ => _.DependsOn(Compile).Description("Everything");

        Target Async => _ => _.Executes(async () =>
        {
            Trace.Record("before await");
            await Task.Delay(10);
            await Task.Yield();
            Trace.Record("after await");
        });

        Target Steps => _ => _
            .Executes(() => Trace.Record("first"))
            .Executes(async () =>
            {
                await Task.Yield();
                Trace.Record("second");
            })
            .Executes(ctx => Trace.Record($"third in {ctx.TargetName}"))
            .Executes(async ctx =>
            {
                await Task.Delay(1, ctx.CancellationToken);
                Trace.Record("fourth");
            });
    }

    private sealed class Tested : AutomationBuild
    {
        Target UnitTest => _ => _.Executes(ctx => ctx.ReportTests(new TestCounts(2, 1, 0)));

        Target IntegrationTest => _ => _.Executes(ctx => ctx.ReportTests(new TestCounts(1, 0, 2)));

        Target Single => _ => _.Executes(ctx => ctx.ReportTests(new TestCounts(3, 1, 2)));
    }

    [Fact]
    public void A_target_whose_actions_complete_succeeds()
    {
        var run = BuildHarness.Run<Simple>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Succeeded", run.Status("restore"));
        Assert.Equal("Succeeded", run.Status("compile"));
    }

    [Fact]
    public void A_target_without_actions_is_collective()
    {
        var run = BuildHarness.Run<Simple>("all");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "compile"], run.Trace);
        Assert.Equal("Collective", run.Status("all"));
    }

    [Fact]
    public void An_async_action_is_awaited_before_the_target_completes()
    {
        var run = BuildHarness.Run<Simple>("async", "restore");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["before await", "after await", "restore"], run.Trace);
        Assert.Equal("Succeeded", run.Status("async"));
    }

    [Fact]
    public void Several_Executes_run_in_the_order_they_were_added()
    {
        var run = BuildHarness.Run<Simple>("steps");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["first", "second", "third in steps", "fourth"], run.Trace);
    }

    [Fact]
    public void The_summary_lists_every_scheduled_target_and_ends_with_build_succeeded()
    {
        var run = BuildHarness.Run<Simple>("all");

        Assert.Equal(["restore", "compile", "all"], run.Statuses.Keys);
        Assert.StartsWith("Build succeeded in ", run.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("Tests:", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_test_counts_appear_on_a_line_after_the_closing_line()
    {
        var run = BuildHarness.Run<Tested>("single");

        var lines = run.Output.TrimEnd().Split('\n');
        Assert.Equal("Tests: 3 passed, 1 failed, 2 skipped", lines[^1]);
        Assert.StartsWith("Build succeeded in ", lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Test_counts_of_several_targets_are_summed()
    {
        var run = BuildHarness.Run<Tested>("unit-test", "integration-test");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nTests: 3 passed, 1 failed, 2 skipped\n", run.Output, StringComparison.Ordinal);
    }
}
