using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class FailureTests
{
    private sealed class Failing : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compile"));

        Target Test => _ => _.DependsOn(Compile).Executes(() =>
        {
            Trace.Record("test");
            throw new InvalidOperationException("3 tests failed");
        });

        Target Pack => _ => _.DependsOn(Test).Executes(() => Trace.Record("pack"));

        Target Docs => _ => _.Executes(() => Trace.Record("docs"));

        Target Cleanup => _ => _.After(Pack, Docs).AssuredAfterFailure().Executes(() => Trace.Record("cleanup"));
    }

    private sealed class Proceeding : AutomationBuild
    {
        Target Lint => _ => _.ProceedAfterFailure().Triggers(Report).Executes(async () =>
        {
            await Task.Yield();
            Trace.Record("lint");
            throw new InvalidOperationException("style violations");
        });

        Target Fix => _ => _.DependsOn(Lint).Executes(() => Trace.Record("fix"));

        Target Report => _ => _.Executes(() => Trace.Record("report"));

        Target Verify => _ => _.DependsOn(Fix).Executes(() => Trace.Record("verify"));

        Target Compile => _ => _.Executes(() => Trace.Record("compile"));

        Target Test => _ => _.DependsOn(Compile).Executes(() => Trace.Record("test"));
    }

    [Fact]
    public void A_target_whose_action_throws_fails_the_build_with_exit_code_1()
    {
        var run = BuildHarness.Run<Failing>("test");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Succeeded", run.Status("compile"));
        Assert.Equal("Failed", run.Status("test"));
        Assert.StartsWith("Build failed in ", run.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_after_a_failure_are_not_run()
    {
        var run = BuildHarness.Run<Failing>("pack", "docs");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["compile", "test"], run.Trace);
        Assert.Equal("NotRun", run.Status("pack"));
        Assert.Equal("NotRun", run.Status("docs"));
    }

    [Fact]
    public void The_error_message_is_printed_without_a_stack_trace()
    {
        var run = BuildHarness.Run<Failing>("test");

        Assert.Contains("3 tests failed", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Output.Split('\n'), line => line.StartsWith("   at ", StringComparison.Ordinal));
        Assert.DoesNotContain("InvalidOperationException", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void AssuredAfterFailure_targets_run_after_a_failure()
    {
        var run = BuildHarness.Run<Failing>("pack", "docs", "cleanup");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["compile", "test", "cleanup"], run.Trace);
        Assert.Equal("Succeeded", run.Status("cleanup"));
    }

    [Fact]
    public void ProceedAfterFailure_goes_on_with_targets_that_do_not_depend_on_the_failed_one()
    {
        var run = BuildHarness.Run<Proceeding>("verify", "test");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["lint", "compile", "test"], run.Trace);
        Assert.Equal("Failed", run.Status("lint"));
        Assert.Equal("NotRun", run.Status("fix"));
        Assert.Equal("NotRun", run.Status("verify"));
        Assert.Equal("Succeeded", run.Status("test"));
        Assert.Contains("style violations", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("Build failed in ", run.Output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_triggered_by_a_failed_target_is_not_run_even_when_the_build_proceeds()
    {
        var run = BuildHarness.Run<Proceeding>("lint", "test");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Failed", run.Status("lint"));
        Assert.Equal("NotRun", run.Status("report"));
        Assert.Equal("Succeeded", run.Status("test"));
        Assert.DoesNotContain("report", run.Trace);
    }
}
