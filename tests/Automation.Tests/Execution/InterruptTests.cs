using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class InterruptTests
{
    // Flows into the build's actions with the async context, so parallel tests never share it.
    private static readonly AsyncLocal<CancellationTokenSource?> Interrupter = new();

    private sealed class LongRunning : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compile"));

        Target Test => _ => _.DependsOn(Compile).Executes(async ctx =>
        {
            Trace.Record("test started");
            await Interrupter.Value!.CancelAsync();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
            Trace.Record("test finished");
        });

        Target Pack => _ => _.DependsOn(Test).Executes(() => Trace.Record("pack"));

        Target Docs => _ => _.After(Test).Executes(() => Trace.Record("docs"));

        Target Cleanup => _ => _.After(Pack, Docs).AssuredAfterFailure().Executes(ctx =>
            Trace.Record($"cleanup (cancelled: {ctx.CancellationToken.IsCancellationRequested})"));
    }

    private static BuildRun RunInterrupted(params string[] args)
    {
        using var source = new CancellationTokenSource();
        Interrupter.Value = source;
        return BuildHarness.Run<LongRunning>(new BuildOptions { Interrupt = source.Token }, args);
    }

    [Fact]
    public void The_running_target_is_aborted_and_the_build_exits_with_130()
    {
        var run = RunInterrupted("pack", "docs");

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("Succeeded", run.Status("compile"));
        Assert.Equal("Aborted", run.Status("test"));
        Assert.DoesNotContain("test finished", run.Trace);
    }

    [Fact]
    public void Targets_after_the_interrupt_are_not_run()
    {
        var run = RunInterrupted("pack", "docs");

        Assert.Equal(["compile", "test started"], run.Trace);
        Assert.Equal("NotRun", run.Status("pack"));
        Assert.Equal("NotRun", run.Status("docs"));
    }

    [Fact]
    public void Assured_targets_still_run_after_an_interrupt_and_the_summary_is_printed()
    {
        var run = RunInterrupted("pack", "docs", "cleanup");

        Assert.Equal(130, run.ExitCode);
        Assert.Equal(["compile", "test started", "cleanup (cancelled: False)"], run.Trace);
        Assert.Equal("Succeeded", run.Status("cleanup"));
        var closing = run.Output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("Build failed in ", closing, StringComparison.Ordinal);
        Assert.EndsWith(" s (interrupted)", closing, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interrupt_before_the_build_starts_runs_only_assured_targets()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        var run = BuildHarness.Run<LongRunning>(new BuildOptions { Interrupt = source.Token }, "pack", "cleanup");

        Assert.Equal(130, run.ExitCode);
        Assert.Equal(["cleanup (cancelled: False)"], run.Trace);
        Assert.Equal("NotRun", run.Status("compile"));
    }
}
