using Automation.Tests.Support;

namespace Automation.Tests.Execution;

/// <summary>
/// A failure or an interrupt in a parallel run means what it means in a sequential one: targets already running
/// finish (or, on interrupt, are aborted), nothing new starts unless the failed target proceeds after failure,
/// assured targets still run, and the exit code is 1 (130 on interrupt).
/// </summary>
public sealed class ParallelFailureTests
{
    // Flow into the build's actions with the async context, so tests running at the same time never share them.
    private static readonly AsyncLocal<InterruptWhenBothRun?> Interrupter = new();
    private static readonly AsyncLocal<TaskCompletionSource?> BrokenShown = new();

    private sealed class Failing : AutomationBuild
    {
        // Broken fails only once long runs too (they meet), and long ends only once broken's failure is on the console,
        // so the scheduler has seen the failure before a slot frees: whatever starts after that started wrongly.
        Target Broken => _ => _.Executes(async () =>
        {
            await Spans.RunAsync("broken");
            throw new InvalidOperationException("broken on purpose");
        });

        Target Long => _ => _.Executes(() => Spans.RunAsync("long", then: () => BrokenShown.Value!.Task.WaitAsync(Rendezvous.HangLimit)));

        Target Queued => _ => _.Executes(() => Spans.RunAsync("queued"));

        Target Dependent => _ => _.DependsOn(Broken).Executes(() => Spans.RunAsync("dependent"));

        Target Cleanup => _ => _.After(Broken, Long, Queued, Dependent).AssuredAfterFailure().Executes(() => Spans.RunAsync("cleanup"));
    }

    private sealed class Proceeding : AutomationBuild
    {
        Target Broken => _ => _.ProceedAfterFailure().Executes(async () =>
        {
            await Spans.RunAsync("broken");
            throw new InvalidOperationException("broken on purpose");
        });

        Target Long => _ => _.Executes(() => Spans.RunAsync("long"));

        Target Queued => _ => _.Executes(() => Spans.RunAsync("queued"));

        Target Dependent => _ => _.DependsOn(Broken).Executes(() => Spans.RunAsync("dependent"));
    }

    private sealed class Interrupted : AutomationBuild
    {
        Target First => _ => _.Executes(ctx => Interrupter.Value!.RunUntilInterruptedAsync("first", ctx.CancellationToken));

        Target Second => _ => _.Executes(ctx => Interrupter.Value!.RunUntilInterruptedAsync("second", ctx.CancellationToken));

        Target Third => _ => _.DependsOn(First).Executes(() => Trace.Record("third"));

        Target Cleanup => _ => _.After(Third, Second).AssuredAfterFailure().Executes(ctx =>
            Trace.Record($"cleanup (cancelled: {ctx.CancellationToken.IsCancellationRequested})"));
    }

    /// <summary>Interrupts the build once both targets run, as Ctrl+C would.</summary>
    private sealed class InterruptWhenBothRun(CancellationTokenSource source)
    {
        private int _started;

        public async Task RunUntilInterruptedAsync(string name, CancellationToken cancellation)
        {
            Trace.Record($"{name} start");
            if (Interlocked.Increment(ref _started) == 2)
            {
                await source.CancelAsync();
            }

            await Task.Delay(TimeSpan.FromSeconds(10), cancellation);
            Trace.Record($"{name} end");
        }
    }

    /// <summary>Runs <see cref="Failing"/> with broken and long meeting, long waiting until broken's group is shown.</summary>
    private static BuildRun RunFailing(params string[] targets)
    {
        Spans.Meet("broken", "long");
        var shown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        BrokenShown.Value = shown;
        using var output = new WatchingWriter("── broken ", shown);
        return BuildHarness.Run<Failing>(new BuildOptions { Output = output }, [.. targets, "--parallel", "2"]);
    }

    [Fact]
    public void Running_targets_finish_after_a_failure_and_nothing_new_starts()
    {
        var run = RunFailing("broken", "long", "queued", "dependent");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Failed", run.Status("broken"));
        Assert.Equal("Succeeded", run.Status("long"));
        Assert.Contains("long end", run.Trace);
        Assert.True(Spans.Overlapped(run.Trace, "broken", "long"));
        Assert.Equal("NotRun", run.Status("queued"));
        Assert.Equal("NotRun", run.Status("dependent"));
        Assert.DoesNotContain("queued start", run.Trace);
        Assert.DoesNotContain("dependent start", run.Trace);
    }

    [Fact]
    public void Assured_targets_run_after_the_running_ones_finished()
    {
        var run = RunFailing("broken", "long", "queued", "cleanup");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Succeeded", run.Status("cleanup"));
        Assert.True(Spans.EndedBefore(run.Trace, "long", "cleanup"));
    }

    [Fact]
    public void After_a_ProceedAfterFailure_target_fails_the_others_start_but_its_dependents_do_not()
    {
        var run = BuildHarness.Run<Proceeding>("broken", "long", "queued", "dependent", "--parallel", "2");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Failed", run.Status("broken"));
        Assert.Equal("Succeeded", run.Status("long"));
        Assert.Equal("Succeeded", run.Status("queued"));
        Assert.Equal("NotRun", run.Status("dependent"));
        Assert.Contains("broken did not succeed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dependent start", run.Trace);
    }

    [Fact]
    public void An_interrupt_aborts_every_running_target_and_exits_130()
    {
        using var source = new CancellationTokenSource();
        Interrupter.Value = new InterruptWhenBothRun(source);

        var run = BuildHarness.Run<Interrupted>(new BuildOptions { Interrupt = source.Token }, "third", "second", "cleanup", "--parallel", "2");

        Assert.Equal(130, run.ExitCode);
        Assert.Equal("Aborted", run.Status("first"));
        Assert.Equal("Aborted", run.Status("second"));
        Assert.Equal("NotRun", run.Status("third"));
        Assert.Equal("Succeeded", run.Status("cleanup"));
        Assert.Contains("cleanup (cancelled: False)", run.Trace);
        Assert.DoesNotContain("first end", run.Trace);
        Assert.DoesNotContain("second end", run.Trace);
        Assert.Matches(@"(?m)^Build failed in [0-9.]+ s \(interrupted\)$", run.Output);
    }
}
