using Automation.Tests.Support;

namespace Automation.Tests.Execution;

/// <summary>
/// <c>--parallel</c>: independent targets overlap, every edge still orders, and N caps what runs at once. Targets that
/// must overlap wait for each other (<see cref="Spans.Meet"/>): with a sequential engine the test fails, never by chance.
/// </summary>
public sealed class ParallelOrderTests
{
    private sealed class Edges : AutomationBuild
    {
        Target Restore => _ => _.Executes(() => Spans.RunAsync("restore"));

        Target Compile => _ => _.DependsOn(Restore).Executes(() => Spans.RunAsync("compile"));

        Target Docs => _ => _.Before(Lint).Executes(() => Spans.RunAsync("docs"));

        Target Lint => _ => _.After(Compile).Executes(() => Spans.RunAsync("lint"));

        Target Test => _ => _.DependsOn(Compile).Triggers(Report).Executes(() => Spans.RunAsync("test"));

        Target Report => _ => _.Executes(() => Spans.RunAsync("report"));

        Target All => _ => _.DependsOn(Test, Lint, Docs);
    }

    private sealed class Independent : AutomationBuild
    {
        Target A => _ => _.Executes(() => Spans.RunAsync("a"));

        Target B => _ => _.Executes(() => Spans.RunAsync("b"));

        Target C => _ => _.Executes(() => Spans.RunAsync("c"));

        Target D => _ => _.Executes(() => Spans.RunAsync("d"));

        Target E => _ => _.Executes(() => Spans.RunAsync("e"));
    }

    [Fact]
    public void Every_edge_orders_a_parallel_run()
    {
        // Restore and docs are the only targets ready at the start: each ends only once the other has started.
        Spans.Meet("docs", "restore");

        var run = BuildHarness.Run<Edges>("all", "--parallel", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.True(Spans.EndedBefore(run.Trace, "restore", "compile"), "DependsOn");
        Assert.True(Spans.EndedBefore(run.Trace, "compile", "test"), "DependsOn");
        Assert.True(Spans.EndedBefore(run.Trace, "compile", "lint"), "After");
        Assert.True(Spans.EndedBefore(run.Trace, "docs", "lint"), "Before");
        Assert.True(Spans.EndedBefore(run.Trace, "test", "report"), "Triggers");
        Assert.True(Spans.Overlapped(run.Trace, "docs", "restore"), "docs has no edge to restore, so both start at once");
    }

    [Fact]
    public void Two_independent_targets_run_at_the_same_time()
    {
        Spans.Meet("a", "b");

        var run = BuildHarness.Run<Independent>("a", "b", "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.True(Spans.Overlapped(run.Trace, "a", "b"), string.Join(", ", run.Trace));
        Assert.Equal("Succeeded", run.Status("a"));
        Assert.Equal("Succeeded", run.Status("b"));
    }

    [Fact]
    public void Parallel_1_never_overlaps_and_keeps_plan_order()
    {
        var run = BuildHarness.Run<Independent>("c", "d", "e", "--parallel", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["c start", "c end", "d start", "d end", "e start", "e end"], run.Trace);
    }

    [Fact]
    public void No_more_than_N_targets_run_at_once()
    {
        // The first two hold each other until both run: the cap is reached every time, and a third beside them would show.
        Spans.MeetFirst(2);

        var run = BuildHarness.Run<Independent>("c", "d", "e", "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Spans.MaxConcurrent(run.Trace));
    }

    [Fact]
    public void Without_a_number_it_runs_as_many_as_there_are_processors()
    {
        var expected = Math.Min(2, Environment.ProcessorCount);
        Spans.MeetFirst(expected);

        var run = BuildHarness.Run<Independent>("a", "b", "--parallel");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, Spans.MaxConcurrent(run.Trace));
    }

    [Fact]
    public void The_summary_keeps_plan_order()
    {
        var run = BuildHarness.Run<Edges>("all", "--parallel", "4");

        var rows = run.Statuses.Keys.ToList();
        Assert.Equal(["restore", "compile", "docs", "lint", "test", "report", "all"], rows);
    }
}
