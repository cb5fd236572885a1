using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class OrderingTests
{
    private sealed class Ordered : AutomationBuild
    {
        Target Clean => _ => _.Executes(() => Trace.Record("clean"));

        Target Compile => _ => _.After(Clean).Executes(() => Trace.Record("compile"));

        Target Lint => _ => _.Before(Compile).Executes(() => Trace.Record("lint"));

        Target Pack => _ => _.DependsOn(Compile).Executes(() => Trace.Record("pack"));
    }

    private sealed class Independent : AutomationBuild
    {
        Target Alpha => _ => _.Executes(() => Trace.Record("alpha"));

        Target Beta => _ => _.Executes(() => Trace.Record("beta"));

        Target Gamma => _ => _.Executes(() => Trace.Record("gamma"));

        Target Delta => _ => _.Executes(() => Trace.Record("delta"));

        Target All => _ => _.DependsOn(Delta, Gamma, Alpha, Beta).Executes(() => Trace.Record("all"));
    }

    [Fact]
    public void After_runs_the_target_later_when_both_are_scheduled()
    {
        var run = BuildHarness.Run<Ordered>("compile", "clean");

        Assert.Equal(["clean", "compile"], run.Trace);
    }

    [Fact]
    public void After_never_adds_a_target_to_the_plan()
    {
        var run = BuildHarness.Run<Ordered>("pack");

        Assert.Equal(["compile", "pack"], run.Trace);
        Assert.DoesNotContain("clean", run.Statuses.Keys);
    }

    [Fact]
    public void Before_runs_the_target_earlier_when_both_are_scheduled()
    {
        var run = BuildHarness.Run<Ordered>("pack", "lint");

        Assert.Equal(["lint", "compile", "pack"], run.Trace);
    }

    [Fact]
    public void Before_never_adds_a_target_to_the_plan()
    {
        var run = BuildHarness.Run<Ordered>("lint");

        Assert.Equal(["lint"], run.Trace);
    }

    [Fact]
    public void Invoked_targets_without_edges_run_in_the_order_typed()
    {
        Assert.Equal(["gamma", "alpha", "delta"], BuildHarness.Run<Independent>("gamma", "alpha", "delta").Trace);
        Assert.Equal(["delta", "beta", "alpha"], BuildHarness.Run<Independent>("delta", "beta", "alpha").Trace);
    }

    [Fact]
    public void Remaining_ties_break_by_declaration_order_not_by_the_order_of_DependsOn()
    {
        var run = BuildHarness.Run<Independent>("all");

        Assert.Equal(["alpha", "beta", "gamma", "delta", "all"], run.Trace);
    }

    [Fact]
    public void The_same_command_always_runs_the_same_plan()
    {
        var first = BuildHarness.Run<Independent>("beta", "all", "gamma");
        var second = BuildHarness.Run<Independent>("beta", "all", "gamma");

        Assert.Equal(["beta", "alpha", "gamma", "delta", "all"], first.Trace);
        Assert.Equal(first.Trace, second.Trace);
        Assert.Equal(first.Output, second.Output);
    }
}
