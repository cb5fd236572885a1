using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class StaticConditionTests
{
    private sealed class Flipping : AutomationBuild
    {
        private bool _enabled;

        Target Enable => _ => _.Executes(() =>
        {
            _enabled = true;
            Trace.Record("enable");
        });

        Target Guarded => _ => _.After(Enable).OnlyWhenStatic(() => _enabled).Executes(() => Trace.Record("guarded"));
    }

    private sealed class Cascade : AutomationBuild
    {
        private bool Enabled { get; } = false;

        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        Target Compile => _ => _.DependsOn(Restore).Triggers(Notify).Executes(() => Trace.Record("compile"));

        Target Notify => _ => _.Executes(() => Trace.Record("notify"));

        Target Shared => _ => _.Executes(() => Trace.Record("shared"));

        Target Deploy => _ => _.DependsOn(Compile, Shared).OnlyWhenStatic(() => Enabled).Executes(() => Trace.Record("deploy"));

        Target Report => _ => _.DependsOn(Shared).Executes(() => Trace.Record("report"));

        Target Release => _ => _.DependsOn(Compile).OnlyWhenStatic(() => Enabled).WhenSkipped(DependencyBehavior.Execute).Executes(() => Trace.Record("release"));

        Target All => _ => _.DependsOn(Deploy, Report);
    }

    private sealed class Diamond : AutomationBuild
    {
        private bool Enabled { get; } = false;

        Target Shared => _ => _.Executes(() => Trace.Record("shared"));

        Target Compile => _ => _.DependsOn(Shared).Executes(() => Trace.Record("compile"));

        Target Deploy => _ => _.DependsOn(Compile, Shared).OnlyWhenStatic(() => Enabled).Executes(() => Trace.Record("deploy"));

        Target Publish => _ => _.DependsOn(Deploy).Executes(() => Trace.Record("publish"));
    }

    [Fact]
    public void A_false_static_condition_skips_the_target_with_the_condition_as_reason()
    {
        var run = BuildHarness.Run<Cascade>("deploy");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("deploy", run.Trace);
        Assert.Equal("Skipped (condition false: Enabled)", run.Status("deploy"));
    }

    [Fact]
    public void Static_conditions_are_evaluated_before_any_target_runs()
    {
        var run = BuildHarness.Run<Flipping>("enable", "guarded");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["enable"], run.Trace);
        Assert.Equal("Skipped (condition false: _enabled)", run.Status("guarded"));
    }

    [Fact]
    public void Dependencies_and_triggers_only_a_skipped_target_needs_are_skipped_with_it()
    {
        var run = BuildHarness.Run<Cascade>("deploy");

        Assert.Empty(run.Trace);
        Assert.Equal("Skipped (skipped with deploy)", run.Status("shared"));
        Assert.Equal("Skipped (skipped with deploy)", run.Status("compile"));
        Assert.Equal("Skipped (skipped with compile)", run.Status("restore"));
        Assert.Equal("Skipped (skipped with compile)", run.Status("notify"));
    }

    [Fact]
    public void A_dependency_also_needed_by_a_target_that_is_not_skipped_still_runs()
    {
        var run = BuildHarness.Run<Cascade>("all");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["shared", "report"], run.Trace);
        Assert.Equal("Succeeded", run.Status("shared"));
        Assert.Equal("Skipped (skipped with deploy)", run.Status("compile"));
        Assert.Equal("Collective", run.Status("all"));
    }

    [Fact]
    public void WhenSkipped_Execute_keeps_the_dependencies_of_a_skipped_target_running()
    {
        var run = BuildHarness.Run<Cascade>("release");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "compile", "notify"], run.Trace);
        Assert.Equal("Skipped (condition false: Enabled)", run.Status("release"));
    }

    [Fact]
    public void Invoked_targets_are_never_skipped_by_cascade()
    {
        var run = BuildHarness.Run<Cascade>("deploy", "compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "compile", "notify"], run.Trace);
        Assert.Equal("Succeeded", run.Status("compile"));
        Assert.Equal("Skipped (condition false: Enabled)", run.Status("deploy"));
    }

    [Fact]
    public void A_dependency_whose_other_needers_are_skipped_by_cascade_is_skipped_too()
    {
        var run = BuildHarness.Run<Diamond>("deploy");

        Assert.Empty(run.Trace);
        Assert.Equal("Skipped (skipped with deploy)", run.Status("compile"));
        Assert.Equal("Skipped (skipped with compile)", run.Status("shared"));
    }

    [Fact]
    public void A_target_depending_on_a_statically_skipped_target_still_runs()
    {
        var run = BuildHarness.Run<Diamond>("publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["publish"], run.Trace);
        Assert.Equal("Skipped (condition false: Enabled)", run.Status("deploy"));
    }
}
