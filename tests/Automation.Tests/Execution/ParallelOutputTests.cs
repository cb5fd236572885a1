using Automation.Tests.Support;

namespace Automation.Tests.Execution;

/// <summary>
/// With <c>--parallel</c>, each target's output is held until it ends and then shown whole: never interleaved with
/// another target's lines. A terminal shows a group as its target ends; a CI log shows groups in plan order.
/// </summary>
public sealed class ParallelOutputTests
{
    // Flow into the build's actions with the async context, so tests running at the same time never share them.
    private static readonly AsyncLocal<TaskCompletionSource?> LateEnded = new();
    private static readonly AsyncLocal<Rendezvous[]?> LinesMet = new();

    // Set when the test's output tells that late's group is shown (a terminal shows it as late ends): late itself then
    // does not let early go on, since its target ends a moment after its body.
    private static readonly AsyncLocal<bool> LateGroupWatched = new();

    private sealed class Chatty : AutomationBuild
    {
        Target Left => _ => _.Executes(ctx => TalkAsync(ctx, "left"));

        Target Right => _ => _.Executes(ctx => TalkAsync(ctx, "right"));

        // Plan order: early, then late. Early waits for late (its body, or its group on a terminal), so late always ends first.
        Target Early => _ => _.Executes(async ctx =>
        {
            await LateEnded.Value!.Task.WaitAsync(Rendezvous.HangLimit);
            ctx.Info("early says hi");
        });

        Target Late => _ => _.Executes(ctx =>
        {
            ctx.Info("late says hi");
            if (!LateGroupWatched.Value)
            {
                LateEnded.Value!.SetResult();
            }
        });

        // Left and right meet before each line, so their lines are written interleaved in time, every run.
        private static async Task TalkAsync(ITargetContext context, string name)
        {
            Trace.Record($"{name} start");
            for (var line = 1; line <= 5; line++)
            {
                await LinesMet.Value![line - 1].ArriveAsync(name);
                context.Info($"{name} line {line}");
            }

            Trace.Record($"{name} end");
        }
    }

    private static BuildRun RunLeftAndRight()
    {
        LinesMet.Value = [.. Enumerable.Range(1, 5).Select(_ => new Rendezvous(2))];
        return BuildHarness.Run<Chatty>("left", "right", "--parallel", "2");
    }

    private static BuildRun RunEarlyAndLate(params string[] options)
    {
        LateEnded.Value = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return BuildHarness.Run<Chatty>(["early", "late", "--parallel", "2", .. options]);
    }

    // Early goes on once late's group is on the terminal.
    private static BuildRun RunEarlyAndLateOnATerminal()
    {
        var lateShown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        (LateEnded.Value, LateGroupWatched.Value) = (lateShown, true);
        using var output = new WatchingWriter("── late ", lateShown);
        return BuildHarness.Run<Chatty>(new BuildOptions { Output = output }, "early", "late", "--parallel", "2");
    }

    [Fact]
    public void Lines_of_targets_running_at_the_same_time_are_not_interleaved()
    {
        var run = RunLeftAndRight();

        Assert.Equal(0, run.ExitCode);
        Assert.True(Spans.Overlapped(run.Trace, "left", "right"), string.Join(", ", run.Trace));
        var lines = run.Output.Split('\n').ToList();
        foreach (var name in new[] { "left", "right" })
        {
            var heading = lines.FindIndex(l => l.StartsWith($"── {name} ", StringComparison.Ordinal));
            Assert.True(heading >= 0, run.Output);
            Assert.Equal([.. Enumerable.Range(1, 5).Select(i => $"{name} line {i}")], lines.Skip(heading + 1).Take(5));
        }
    }

    [Fact]
    public void A_terminal_shows_each_group_as_its_target_ends()
    {
        var run = RunEarlyAndLateOnATerminal();

        Assert.Equal(0, run.ExitCode);
        Assert.True(
            run.Output.IndexOf("── late ", StringComparison.Ordinal) < run.Output.IndexOf("── early ", StringComparison.Ordinal),
            run.Output);
    }

    [Theory]
    [InlineData("github-actions", "::group::early", "::group::late")]
    [InlineData("azure-pipelines", "##[group]early", "##[group]late")]
    [InlineData("jenkins", "── early ", "── late ")]
    public void A_CI_log_shows_groups_in_plan_order(string host, string earlyGroup, string lateGroup)
    {
        var run = RunEarlyAndLate("--host", host);

        Assert.Equal(0, run.ExitCode);
        var early = run.Output.IndexOf(earlyGroup, StringComparison.Ordinal);
        var late = run.Output.IndexOf(lateGroup, StringComparison.Ordinal);
        Assert.True(early >= 0 && early < late, run.Output);
        Assert.True(run.Output.IndexOf("early says hi", StringComparison.Ordinal) < late, run.Output);
    }

    [Fact]
    public void The_log_file_holds_whole_groups_too()
    {
        var run = RunLeftAndRight();

        var lines = run.Log!.Split('\n').ToList();
        var first = lines.IndexOf("left line 1");
        Assert.Equal([.. Enumerable.Range(1, 5).Select(i => $"left line {i}")], lines.Skip(first).Take(5));
    }
}
