using Automation.Tests.Support;

namespace Automation.Tests.Session;

/// <summary>[AfterBuild] hooks: component interfaces get the build's outcome once the targets have ended.</summary>
public sealed class AfterBuildHookTests
{
    private interface IRecordsOutcomes : IAutomationBuild
    {
        [AfterBuild]
        Task RecordAsync(BuildFinishedContext context)
        {
            Trace.Record($"recorder: succeeded {context.Succeeded}; {string.Join(", ", context.Targets.Select(t => $"{t.Name}={t.Status}{(t.Tests is { } tests ? $" ({tests})" : string.Empty)}"))}");
            context.Info("recorded by the component");
            return Task.CompletedTask;
        }
    }

    private interface IAlsoHooks : IAutomationBuild
    {
        [Parameter]
        bool FailHook => ParameterValue<bool?>() ?? false;

        [AfterBuild]
        Task CheckAsync(BuildFinishedContext context)
        {
            Trace.Record("second component");
            return FailHook ? Task.FromException(new InvalidOperationException("the ledger is gone")) : Task.CompletedTask;
        }
    }

    private sealed class Hooked : AutomationBuild, IRecordsOutcomes, IAlsoHooks
    {
        [Parameter]
        readonly bool FailTest = false;

        Target Compile => _ => _.Executes(() => { });

        Target Test => _ => _.DependsOn(Compile).Executes(ctx =>
        {
            ctx.ReportTests(new TestCounts(4, FailTest ? 1 : 0, 1));
            Automation.Assert.False(FailTest, "a test failed");
        });

        Target Docs => _ => _.DependsOn(Test).Executes(() => { });

        protected override void OnBuildFinished() => Trace.Record("OnBuildFinished");
    }

    [Fact]
    public void Every_components_hook_sees_each_targets_outcome_and_tests_before_OnBuildFinished()
    {
        var run = BuildHarness.Run<Hooked>("docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            [
                "second component",
                "recorder: succeeded True; compile=Succeeded, test=Succeeded (4 passed, 0 failed, 1 skipped), docs=Succeeded",
                "OnBuildFinished",
            ],
            run.Trace);
        Assert.Contains("recorded by the component", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_target_is_in_the_outcome_and_the_targets_after_it_did_not_run()
    {
        var run = BuildHarness.Run<Hooked>("docs", "--fail-test");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("recorder: succeeded False; compile=Succeeded, test=Failed (4 passed, 1 failed, 1 skipped), docs=NotRun", run.Trace);
    }

    [Fact]
    public void A_failing_hook_fails_the_build_with_its_reason_and_the_other_hooks_still_run()
    {
        var run = BuildHarness.Run<Hooked>("compile", "--fail-hook");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("IAlsoHooks.CheckAsync failed: InvalidOperationException: the ledger is gone", run.Output, StringComparison.Ordinal);
        Assert.Contains("OnBuildFinished", run.Trace);
        Assert.Contains(run.Trace, entry => entry.StartsWith("recorder:", StringComparison.Ordinal));
    }
}
