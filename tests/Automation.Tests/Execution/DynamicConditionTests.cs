using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class DynamicConditionTests
{
    private sealed class Flipping : AutomationBuild
    {
        private bool _changed;

        private bool Enabled { get; } = false;

        Target Detect => _ => _.Executes(() =>
        {
            _changed = true;
            Trace.Record("detect");
        });

        Target Publish => _ => _.DependsOn(Detect).OnlyWhenDynamic(() => _changed).Executes(() => Trace.Record("publish"));

        Target PublishStatic => _ => _.DependsOn(Detect).WhenSkipped(DependencyBehavior.Execute).OnlyWhenStatic(() => _changed).Executes(() => Trace.Record("publish-static"));

        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        Target Compile => _ => _.DependsOn(Restore).Triggers(Notify).OnlyWhenDynamic(() => Enabled).Executes(() => Trace.Record("compile"));

        Target Notify => _ => _.Executes(() => Trace.Record("notify"));

        Target Pack => _ => _.DependsOn(Compile).Executes(() => Trace.Record("pack"));

        Target Broken => _ => _.DependsOn(Detect).OnlyWhenDynamic(() => Throw()).Executes(() => Trace.Record("broken"));

        Target Cleanup => _ => _.After(Broken).AssuredAfterFailure().Executes(() => Trace.Record("cleanup"));

        private static bool Throw() => throw new InvalidOperationException("condition broke");
    }

    [Fact]
    public void A_dynamic_condition_that_throws_fails_its_target_and_the_build_ends_as_after_any_failure()
    {
        var run = BuildHarness.Run<Flipping>("broken", "cleanup");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["detect", "cleanup"], run.Trace);
        Assert.Equal("Failed", run.Status("broken"));
        Assert.Contains("condition broke", run.Output, StringComparison.Ordinal);
        Assert.Contains("Build failed in", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dynamic_condition_is_checked_after_the_dependencies_ran_so_a_dependency_can_flip_it()
    {
        var run = BuildHarness.Run<Flipping>("publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["detect", "publish"], run.Trace);
        Assert.Equal("Succeeded", run.Status("publish"));
    }

    [Fact]
    public void The_same_condition_as_a_static_one_sees_the_value_from_before_the_build()
    {
        var run = BuildHarness.Run<Flipping>("publish-static");

        Assert.Equal(["detect"], run.Trace);
        Assert.Equal("Skipped (condition false: _changed)", run.Status("publish-static"));
    }

    [Fact]
    public void A_false_dynamic_condition_skips_the_target_with_the_condition_as_reason()
    {
        var run = BuildHarness.Run<Flipping>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("compile", run.Trace);
        Assert.Equal("Skipped (condition false: Enabled)", run.Status("compile"));
    }

    [Fact]
    public void A_dynamic_skip_does_not_cascade_to_dependencies_triggers_or_dependents()
    {
        var run = BuildHarness.Run<Flipping>("pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "notify", "pack"], run.Trace);
        Assert.Equal("Succeeded", run.Status("restore"));
        Assert.Equal("Succeeded", run.Status("notify"));
        Assert.Equal("Succeeded", run.Status("pack"));
    }
}
