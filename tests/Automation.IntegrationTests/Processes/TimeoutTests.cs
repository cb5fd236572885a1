using System.Diagnostics;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>A command that runs out of time, or whose build is interrupted, is killed with every process it started.</summary>
public sealed class TimeoutTests
{
    private static readonly TimeSpan GoneWithin = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private sealed class Trees : AutomationBuild
    {
        Target Timed => _ => _.Executes(ctx => ctx.Shell(SleepingTree.Script(71), new RunOptions { Timeout = TimeSpan.FromSeconds(2) }));

        Target Hidden => _ => _.Executes(ctx => ctx.Shell(
            "echo first; sleep 73",
            new RunOptions { Timeout = TimeSpan.FromSeconds(1), Hide = OutputHiding.Both }));

        Target Interrupted => _ => _.Executes(async ctx => await ctx.ShellAsync(SleepingTree.Script(75)));

        Target After => _ => _.TriggeredBy(Interrupted, Timed).AssuredAfterFailure().Executes(ctx => ctx.Info("assured ran"));
    }

    [LinuxFact]
    public async Task Timeout_fails_the_target_and_kills_children_and_grandchildren()
    {
        using var scenario = new Scenario();
        var clock = Stopwatch.StartNew();

        var run = (await InProcessBuild.RunAsync<Trees>("timed")).AssertExitCode(1);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(12), $"The build took {clock.Elapsed}: was the tree killed at once?");
        run.AssertStatus("timed", "Failed");
        run.AssertOutputContains("Command failed (timed out after 00:00:02; its process tree was killed): /bin/sh -c ");
        run.AssertOutputContains("assured ran");
        Assert.Matches(@"(?m)^timed\s+Failed\s.*timed out", run.Output);
        await SleepingTree.AssertAllGoneAsync(run.Output, GoneWithin);
    }

    [LinuxFact]
    public async Task Timeout_message_has_the_hidden_output()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Trees>("hidden")).AssertExitCode(1);

        run.AssertOutputContains("(timed out after 00:00:01; its process tree was killed)");
        run.AssertOutputContains("The last line of its output:\nfirst\n");
    }

    [LinuxFact]
    public async Task Interrupt_aborts_the_target_and_kills_children_and_grandchildren()
    {
        using var scenario = new Scenario();
        await using var build = InProcessBuild.Start<Trees>("interrupted");
        // Interrupt only once the whole tree runs: each of its four processes has printed its PID.
        await build.Output.WaitUntilAsync(SleepingTree.IsComplete, "The tree did not print its 4 PIDs", StepTimeout);

        build.Interrupt();
        var run = (await build.FinishAsync()).AssertExitCode(130);

        run.AssertStatus("interrupted", "Aborted");
        run.AssertOutputContains("assured ran");
        await SleepingTree.AssertAllGoneAsync(run.Output, GoneWithin);
    }
}
