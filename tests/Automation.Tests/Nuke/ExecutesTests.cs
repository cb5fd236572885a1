using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's forms of <c>Executes</c>: several actions at once, and lambdas that return a value.</summary>
public sealed class ExecutesTests
{
    private sealed class Actions : AutomationBuild
    {
        // NUKE's Executes<T>(Func<T>): CreateOrCleanDirectory and friends return a value the build does not need.
        Target Value => _ => _.Executes(() => Counted("value"));

        Target Several => _ => _.Executes(() => Counted("first"), () => Trace.Record("second"), () => Counted("third"));

        Target FaultedTask => _ => _.Executes(() => Task.FromException<int>(new InvalidOperationException("the task's own failure")));

        Target FaultedValueTask => _ => _.Executes(() => new ValueTask<int>(Task.FromException<int>(new InvalidOperationException("the value task's failure"))));

        Target AsyncLambda => _ => _.Executes(async () =>
        {
            await Task.Yield();
            Trace.Record("async body");
        });

        private static int Counted(string name)
        {
            Trace.Record(name);
            return name.Length;
        }
    }

    [Fact]
    public void A_lambda_returning_a_value_runs_as_an_action()
    {
        var run = BuildHarness.Run<Actions>("value");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["value"], run.Trace);
    }

    [Fact]
    public void Several_actions_given_at_once_run_in_order()
    {
        var run = BuildHarness.Run<Actions>("several");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["first", "second", "third"], run.Trace);
    }

    [Fact]
    public void A_returned_task_is_awaited_so_its_failure_fails_the_target()
    {
        var run = BuildHarness.Run<Actions>("faulted-task");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("Failed", run.Status("faulted-task"));
        Assert.Contains("the task's own failure", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_returned_value_task_is_awaited_too()
    {
        var run = BuildHarness.Run<Actions>("faulted-value-task");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the value task's failure", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_async_lambda_still_runs_to_its_end()
    {
        var run = BuildHarness.Run<Actions>("async-lambda");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["async body"], run.Trace);
    }
}
