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

    private sealed class Patterns : AutomationBuild
    {
        private object Channel { get; } = "nightly";

        private string? Tag { get; } = null;

        // An `is` pattern, a switch expression and a multi-line lambda: none fits in an expression tree (NUKE 7's form).
        Target Release => _ => _.OnlyWhenStatic(() => Channel is string { Length: > 0 } name && name != "nightly").Executes(() => Trace.Record("release"));

        Target Nightly => _ => _.OnlyWhenStatic(() => Channel switch { "nightly" => true, _ => false }).Executes(() => Trace.Record("nightly"));

        Target Announce => _ => _
            .OnlyWhenStatic(() =>
                Tag is not null
                && Tag.StartsWith('v'))
            .Executes(() => Trace.Record("announce"));

        Target Push => _ => _.OnlyWhenDynamic(() => Tag is not null, "No tag on this commit").Executes(() => Trace.Record("push"));

        Target Both => _ => _.OnlyWhenStatic(() => Channel is "nightly").OnlyWhenStatic(() => Tag is { }).Executes(() => Trace.Record("both"));
    }

    [Fact]
    public void A_condition_with_an_is_pattern_compiles_runs_and_names_itself_as_written()
    {
        var run = BuildHarness.Run<Patterns>("release", "nightly");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["nightly"], run.Trace);
        Assert.Equal("Skipped (condition false: Channel is string { Length: > 0 } name && name != \"nightly\")", run.Status("release"));
    }

    [Fact]
    public void A_multi_line_condition_is_shown_on_one_line()
    {
        var run = BuildHarness.Run<Patterns>("announce");

        Assert.Equal("Skipped (condition false: Tag is not null && Tag.StartsWith('v'))", run.Status("announce"));
    }

    [Fact]
    public void A_reason_given_with_the_condition_is_the_skip_reason()
    {
        var run = BuildHarness.Run<Patterns>("push");

        Assert.Empty(run.Trace);
        Assert.Equal("Skipped (condition false: No tag on this commit)", run.Status("push"));
    }

    [Fact]
    public void Every_condition_must_hold_and_the_first_false_one_is_the_reason()
    {
        var run = BuildHarness.Run<Patterns>("both");

        Assert.Empty(run.Trace);
        Assert.Equal("Skipped (condition false: Tag is { })", run.Status("both"));
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
