using System.Diagnostics;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A timeout or an interrupt kills every process a command started, also those that cleared their environment, started
/// a new session, or were orphaned by a shell that exited: each is checked by PID (and start time) to be gone, and
/// not left a zombie of ours. The time bounds are generous; what decides is the PID.
/// </summary>
public sealed class EscapingTreeTests
{
    private static readonly TimeSpan TreeTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan GoneWithin = TimeSpan.FromSeconds(5);

    private sealed class Escapes : AutomationBuild
    {
        Target Interrupted => _ => _.Executes(async ctx => await ctx.ShellAsync(EscapingTree.Script(Folder(ctx, "interrupted"), 301)));

        Target Timed => _ => _.Executes(ctx => ctx.Shell(
            EscapingTree.Script(Folder(ctx, "timed"), 311) + $"; echo never > '{Folder(ctx, "timed")}/finished'",
            new RunOptions { Timeout = TimeSpan.FromSeconds(3) }));

        Target Left => _ => _.Executes(async ctx => await ctx.ShellAsync(EscapingTree.Script(Folder(ctx, "left"), 321)));

        Target Right => _ => _.Executes(async ctx => await ctx.ShellAsync(EscapingTree.Script(Folder(ctx, "right"), 331)));

        Target Both => _ => _.DependsOn(Left, Right);

        private static string Folder(ITargetContext ctx, string name) => ctx.RootDirectory / ".nuke" / "temp" / name;
    }

    [LinuxFact]
    public async Task Interrupt_kills_members_that_cleared_their_environment_started_a_session_or_were_orphaned()
    {
        using var scenario = new Scenario();
        await using var build = InProcessBuild.Start<Escapes>("interrupted");
        var members = await EscapingTree.WaitForMembersAsync(Folder(scenario, "interrupted"), TreeTimeout);
        try
        {
            var clock = Stopwatch.StartNew();
            build.Interrupt();
            var run = (await build.FinishAsync()).AssertExitCode(130);

            run.AssertStatus("interrupted", "Aborted");
            await EscapingTree.AssertGoneAsync(members, GoneWithin);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"The interrupted build took {clock.Elapsed} to end: it waited on a pipe a survivor held?");
        }
        finally
        {
            EscapingTree.KillSurvivors(members);
        }
    }

    [LinuxFact]
    public async Task Timeout_kills_members_that_cleared_their_environment_started_a_session_or_were_orphaned()
    {
        using var scenario = new Scenario();
        await using var build = InProcessBuild.Start<Escapes>("timed");
        var members = await EscapingTree.WaitForMembersAsync(Folder(scenario, "timed"), TreeTimeout);
        try
        {
            var run = (await build.FinishAsync()).AssertExitCode(1);

            run.AssertStatus("timed", "Failed");
            run.AssertOutputContains("(timed out after 00:00:03; its process tree was killed)");
            await EscapingTree.AssertGoneAsync(members, GoneWithin);
        }
        finally
        {
            EscapingTree.KillSurvivors(members);
        }
    }

    [LinuxFact]
    public async Task Interrupt_of_a_parallel_run_kills_every_targets_escaping_members()
    {
        using var scenario = new Scenario();
        await using var build = InProcessBuild.Start<Escapes>("both", "--parallel", "2");
        var members = (await EscapingTree.WaitForMembersAsync(Folder(scenario, "left"), TreeTimeout))
            .Concat(await EscapingTree.WaitForMembersAsync(Folder(scenario, "right"), TreeTimeout))
            .ToList();
        try
        {
            build.Interrupt();
            var run = (await build.FinishAsync()).AssertExitCode(130);

            run.AssertStatus("left", "Aborted");
            run.AssertStatus("right", "Aborted");
            await EscapingTree.AssertGoneAsync(members, GoneWithin);
        }
        finally
        {
            EscapingTree.KillSurvivors(members);
        }
    }

    private static string Folder(Scenario scenario, string name) => scenario.PathOf(Path.Combine(".nuke", "temp", name));
}
