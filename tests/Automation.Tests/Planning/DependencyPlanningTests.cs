using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class DependencyPlanningTests
{
    private sealed class Graph : AutomationBuild
    {
        Target Tools => _ => _.DependentFor(Restore).Executes(() => Trace.Record("tools"));

        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        public Target Compile => _ => _.DependsOn(Restore).Executes(() => Trace.Record("compile"));

        Target Test => _ => _.DependsOn(Compile).Executes(() => Trace.Record("test"));

        public Target Docs => _ => _.Executes(() => Trace.Record("docs"));

        Target Lint => _ => _.DependentFor(Test).Executes(() => Trace.Record("lint"));
    }

    private sealed class NoDefault : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compile"));
    }

    [Fact]
    public void The_default_target_and_its_dependencies_run_when_no_target_is_named()
    {
        var run = BuildHarness.Run<Graph>(new BuildOptions().WithDefaults<Graph>(x => x.Compile));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["tools", "restore", "compile"], run.Trace);
    }

    [Fact]
    public void The_default_target_does_not_run_when_a_target_is_named()
    {
        var run = BuildHarness.Run<Graph>(new BuildOptions().WithDefaults<Graph>(x => x.Compile), "docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["docs"], run.Trace);
    }

    [Fact]
    public void Several_default_targets_all_run()
    {
        var run = BuildHarness.Run<Graph>(new BuildOptions().WithDefaults<Graph>(x => x.Docs, x => x.Compile));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["docs", "tools", "restore", "compile"], run.Trace);
    }

    [Fact]
    public void No_target_and_no_default_target_is_a_usage_error()
    {
        var run = BuildHarness.Run<NoDefault>();

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("no default target", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invoked_target_without_dependencies_runs_alone()
    {
        var run = BuildHarness.Run<Graph>("docs");

        Assert.Equal(["docs"], run.Trace);
        Assert.Equal(["docs"], run.Statuses.Keys);
    }

    [Fact]
    public void Dependencies_are_scheduled_transitively_and_run_first()
    {
        var run = BuildHarness.Run<Graph>("test");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["tools", "restore", "compile", "lint", "test"], run.Trace);
    }

    [Fact]
    public void Dependent_for_makes_the_named_target_depend_on_this_one()
    {
        var run = BuildHarness.Run<Graph>("restore");

        Assert.Equal(["tools", "restore"], run.Trace);
    }

    [Fact]
    public void Invoking_a_dependency_does_not_schedule_the_targets_that_depend_on_it()
    {
        var run = BuildHarness.Run<Graph>("compile");

        Assert.Equal(["tools", "restore", "compile"], run.Trace);
        Assert.DoesNotContain("test", run.Statuses.Keys);
        Assert.DoesNotContain("lint", run.Statuses.Keys);
    }

    [Fact]
    public void A_target_needed_by_several_invoked_targets_runs_once()
    {
        var run = BuildHarness.Run<Graph>("compile", "test", "restore");

        Assert.Equal(["tools", "restore", "compile", "lint", "test"], run.Trace);
    }
}
