using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's build extensions: attributes on the build class that hook its lifecycle.</summary>
public sealed class BuildExtensionTests
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
    private sealed class TraceLifecycleAttribute : BuildExtensionAttributeBase,
        IOnBuildCreated, IOnBuildInitialized, IOnTargetRunning, IOnTargetSucceeded, IOnTargetFailed, IOnTargetSkipped, IOnBuildFinished
    {
        // One instance serves the run: it counts the calls it got.
        private int _calls;

        public string Label { get; set; } = "x";

        public void OnBuildCreated(IReadOnlyCollection<ExecutableTarget> executableTargets) =>
            Record($"{Label}: created with {string.Join(",", executableTargets.Select(t => t.Name).Order(StringComparer.Ordinal))}");

        public void OnBuildInitialized(IReadOnlyCollection<ExecutableTarget> executableTargets, IReadOnlyCollection<ExecutableTarget> executionPlan) =>
            Record($"{Label}: initialized, plan {string.Join(",", executionPlan.Select(t => t.Name))}");

        public void OnTargetRunning(ExecutableTarget target) =>
            Record($"{Label}: running {target.Name}, {Build.SucceededTargets.Count} of {Build.ExecutionPlan.Count} done");

        public void OnTargetSucceeded(ExecutableTarget target) => Record($"{Label}: succeeded {target.Name}");

        public void OnTargetFailed(ExecutableTarget target) => Record($"{Label}: failed {target.Name}, failed targets {Build.FailedTargets.Count}");

        public void OnTargetSkipped(ExecutableTarget target) => Record($"{Label}: skipped {target.Name}");

        public void OnBuildFinished() => Record($"{Label}: finished, succeeding {Build.IsSucceeding}, after {_calls} calls");

        private void Record(string entry)
        {
            _calls++;
            Trace.Record(entry);
        }
    }

    private sealed class ThrowingAttribute : BuildExtensionAttributeBase, IOnTargetRunning
    {
        public void OnTargetRunning(ExecutableTarget target) => throw new InvalidOperationException("the lamp is offline");
    }

    [TraceLifecycle]
    private sealed class Extended : AutomationBuild
    {
        [Parameter]
        readonly bool FailTest = false;

        Target Compile => _ => _.Executes(() => Trace.Record("compiling"));

        Target Test => _ => _.DependsOn(Compile).Executes(() => Automation.Assert.False(FailTest, "the tests failed"));

        Target Docs => _ => _.DependsOn(Compile).OnlyWhenStatic(() => false).Executes(() => { });

        protected override void OnTargetRunning(string target) => Trace.Record($"build: running {target}");
    }

    [TraceLifecycle(Label = "low", Priority = 1)]
    [TraceLifecycle(Label = "high", Priority = 5)]
    private sealed class Prioritized : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => { });
    }

    [Throwing]
    private sealed class Broken : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compiling"));
    }

    [Fact]
    public void An_extension_on_the_build_class_is_called_at_each_step_after_the_builds_own_hook()
    {
        var run = BuildHarness.Run<Extended>("test", "docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "x: created with compile,docs,test",
                "x: initialized, plan compile,test,docs",
                "build: running compile",
                "x: running compile, 0 of 3 done",
                "compiling",
                "x: succeeded compile",
                "build: running test",
                "x: running test, 1 of 3 done",
                "x: succeeded test",
                "x: skipped docs",
                "x: finished, succeeding True, after 7 calls",
            ],
            run.Trace);
    }

    [Fact]
    public void A_failed_target_reaches_OnTargetFailed_and_the_build_is_not_succeeding()
    {
        var run = BuildHarness.Run<Extended>("test", "--fail-test");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("x: failed test, failed targets 1", run.Trace);
        Assert.Contains(run.Trace, t => t.StartsWith("x: finished, succeeding False", StringComparison.Ordinal));
    }

    [Fact]
    public void Extensions_with_a_higher_priority_are_called_first() =>
        Assert.Equal(["high: created with compile", "low: created with compile"], BuildHarness.Run<Prioritized>("compile").Trace.Take(2));

    [Fact]
    public void An_extension_that_throws_fails_the_build_but_the_targets_still_run()
    {
        var run = BuildHarness.Run<Broken>("compile");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("compiling", run.Trace);
        Assert.Contains("ThrowingAttribute.OnTargetRunning failed: InvalidOperationException: the lamp is offline", run.Output, StringComparison.Ordinal);
    }
}
