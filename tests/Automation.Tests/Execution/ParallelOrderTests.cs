using Automation.Tests.Support;

namespace Automation.Tests.Execution;

/// <summary><c>--parallel</c>: independent targets overlap, every edge still orders, and N caps what runs at once.</summary>
public sealed class ParallelOrderTests
{
    private sealed class Edges : AutomationBuild
    {
        Target Restore => _ => _.Executes(() => Spans.RunAsync("restore", 30));

        Target Compile => _ => _.DependsOn(Restore).Executes(() => Spans.RunAsync("compile", 30));

        Target Docs => _ => _.Before(Lint).Executes(() => Spans.RunAsync("docs", 60));

        Target Lint => _ => _.After(Compile).Executes(() => Spans.RunAsync("lint", 10));

        Target Test => _ => _.DependsOn(Compile).Triggers(Report).Executes(() => Spans.RunAsync("test", 30));

        Target Report => _ => _.Executes(() => Spans.RunAsync("report", 10));

        Target All => _ => _.DependsOn(Test, Lint, Docs);
    }

    private sealed class Independent : AutomationBuild
    {
        Target A => _ => _.Executes(() => Spans.RunAsync("a", 200));

        Target B => _ => _.Executes(() => Spans.RunAsync("b", 200));

        Target C => _ => _.Executes(() => Spans.RunAsync("c", 30));

        Target D => _ => _.Executes(() => Spans.RunAsync("d", 30));

        Target E => _ => _.Executes(() => Spans.RunAsync("e", 30));
    }

    [Fact]
    public void Every_edge_orders_a_parallel_run()
    {
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
        var run = BuildHarness.Run<Independent>("c", "d", "e", "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Spans.MaxConcurrent(run.Trace));
    }

    [Fact]
    public void Without_a_number_it_runs_as_many_as_there_are_processors()
    {
        var run = BuildHarness.Run<Independent>("a", "b", "--parallel");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Math.Min(2, Environment.ProcessorCount), Spans.MaxConcurrent(run.Trace));
    }

    [Fact]
    public void The_summary_keeps_plan_order()
    {
        var run = BuildHarness.Run<Edges>("all", "--parallel", "4");

        var rows = run.Statuses.Keys.ToList();
        Assert.Equal(["restore", "compile", "docs", "lint", "test", "report", "all"], rows);
    }
}
