using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's build-state members and lifecycle hooks, with NUKE's meaning.</summary>
public sealed class BuildStateTests
{
    private sealed class Hooked : AutomationBuild
    {
        // A field initializer reads the static RootDirectory, as NUKE builds do.
        private readonly AbsolutePath _output = RootDirectory / "output";

        [Parameter]
        readonly bool FailTest = false;

        [Parameter]
        readonly int? ForcedExitCode = null;

        Target Compile => _ => _.Executes(() =>
        {
            Trace.Record($"executing {ExecutingTargets.Single().Name}, running {RunningTargets.Single().Name}; scheduled {string.Join(",", ScheduledTargets.Select(t => t.Name))}; output {_output.RelativeTo(RootDirectory)}");
            ReportSummary(_ => _.AddPair("Packages", 3));
        });

        Target Test => _ => _.DependsOn(Compile).ProceedAfterFailure().Executes(() => Automation.Assert.False(FailTest, "the tests failed"));

        Target Docs => _ => _.DependsOn(Compile).OnlyWhenStatic(() => false).Executes(() => Trace.Record("docs ran"));

        protected override void OnBuildCreated() => Trace.Record("created");

        protected override void OnBuildInitialized() =>
            Trace.Record($"initialized: plan {string.Join(",", ExecutionPlan.Select(t => t.Name))}; invoked {string.Join(",", InvokedTargets.Select(t => t.Name))}");

        protected override void OnTargetRunning(string target) => Trace.Record($"running {target}");

        protected override void OnTargetSucceeded(string target) => Trace.Record($"succeeded {target}");

        protected override void OnTargetFailed(string target) => Trace.Record($"failed {target}");

        protected override void OnTargetSkipped(string target) => Trace.Record($"skipped {target}");

        protected override void OnBuildFinished()
        {
            Trace.Record($"finished: successful {IsSuccessful}, failing {IsFailing}; finished {string.Join(",", FinishedTargets.Select(t => $"{t.Name}={t.Status}"))}");
            ExitCode = ForcedExitCode;
        }
    }

    [Fact]
    public void Hooks_run_in_order_and_see_the_build_state()
    {
        var run = BuildHarness.Run<Hooked>("test", "docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "created",
                "initialized: plan compile,test,docs; invoked test,docs",
                "running compile",
                "executing compile, running compile; scheduled test,docs; output output",
                "succeeded compile",
                "running test",
                "succeeded test",
                "skipped docs",
                "finished: successful True, failing False; finished compile=Succeeded,test=Succeeded,docs=Skipped",
            ],
            run.Trace);
        Assert.Contains("Packages: 3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_target_calls_OnTargetFailed_and_the_build_is_failing()
    {
        var run = BuildHarness.Run<Hooked>("test", "--fail-test");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("failed test", run.Trace);
        Assert.Contains("finished: successful False, failing True; finished compile=Succeeded,test=Failed", run.Trace);
        Assert.Contains("the tests failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exit_code_set_in_OnBuildFinished_is_the_builds()
    {
        var run = BuildHarness.Run<Hooked>("compile", "--forced-exit-code", "3");

        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public void Static_build_members_outside_a_build_name_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AutomationBuild.RootDirectory);

        Assert.Contains("AutomationBuild.RootDirectory is known only while a build runs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_without_arguments_reads_the_command_line_without_the_program() =>
        Assert.Equal(["compile", "--verbosity", "verbose"], AutomationBuild.ProcessArguments(["/app/_build.dll", "compile", "--verbosity", "verbose"]));
}
