using Automation.Tests.Support;

namespace Automation.Tests.Output.Terminal;

/// <summary>
/// With <c>--parallel</c> on an interactive terminal, a status line below the output names the running targets. It is
/// erased before each target's group is shown and drawn again after, and gone at the end: once a terminal has rendered
/// the raw output, the screen reads exactly as a redirected run's output.
/// </summary>
public sealed class LiveStatusTests
{
    private const string EraseLine = TerminalScreen.EraseLine;

    // Flow into the build's actions with the async context, so tests running at the same time never share them.
    private static readonly AsyncLocal<TaskCompletionSource?> LateShown = new();
    private static readonly AsyncLocal<ManualTimeProvider?> Clock = new();
    private static readonly AsyncLocal<CancellationTokenSource?> Interrupter = new();

    private sealed class Pair : AutomationBuild
    {
        // Plan order: early, then late. Early waits until late's group is on the console, so both run at once and
        // the scheduler always sees late end first.
        Target Early => _ => _.Executes(async ctx =>
        {
            await LateShown.Value!.Task.WaitAsync(TimeSpan.FromSeconds(5));
            ctx.Info("early says hi");
        });

        Target Late => _ => _.Executes(ctx =>
        {
            ctx.Info("late says hi");
            ctx.Info("late says bye");
        });

        Target Quick => _ => _.Executes(ctx => ctx.Info("quick says hi"));

        // Runs for 1.5 s of the manual clock, which fires the status timer while it runs.
        Target Slow => _ => _.Executes(() =>
        {
            for (var step = 0; step < 3; step++)
            {
                Clock.Value!.Advance(TimeSpan.FromSeconds(0.5));
            }
        });

        Target Broken => _ => _.Executes(() =>
        {
            Clock.Value!.Advance(TimeSpan.FromSeconds(1));
            throw new InvalidOperationException("broken");
        });

        Target Stuck => _ => _.Executes(async ctx =>
        {
            Clock.Value!.Advance(TimeSpan.FromSeconds(1));
            await Interrupter.Value!.CancelAsync();
            await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
        });
    }

    private static BuildRun Run(BuildOptions options, params string[] args)
    {
        var shown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        LateShown.Value = shown;
        using var output = new WatchingWriter("late says bye\n", shown);
        return BuildHarness.Run<Pair>(options with { Output = output }, args);
    }

    private static BuildRun OnTerminal(params string[] args) => Run(new BuildOptions { TerminalWidth = 100 }, args);

    [Fact]
    public void Names_the_targets_running_at_once()
    {
        var run = OnTerminal("early", "late", "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(EraseLine + "▶ running: early (0.0 s), late (0.0 s) · 0 of 2 done", run.Output, StringComparison.Ordinal);
        Assert.Contains(EraseLine + "▶ running: early (0.0 s) · 1 of 2 done", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Is_erased_before_anything_is_written_and_never_drawn_inside_a_group()
    {
        var run = OnTerminal("early", "late", "--parallel", "2");

        // Every status drawn is erased before the next output: nothing follows it on its line.
        var drawn = run.Output.Split(EraseLine).Where(s => s.StartsWith('▶')).ToList();
        Assert.NotEmpty(drawn);
        Assert.All(drawn, status => Assert.DoesNotContain('\n', status));

        // Each group reaches the terminal in one piece, with no status sequence between its lines.
        var redirected = Run(new BuildOptions(), "early", "late", "--parallel", "2").Output;
        foreach (var name in new[] { "early", "late" })
        {
            var start = redirected.IndexOf($"\n── {name} ", StringComparison.Ordinal);
            var end = redirected.IndexOf("\n\n", start + 1, StringComparison.Ordinal);
            Assert.Contains(redirected[start..end], run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Is_gone_at_the_end_leaving_the_screen_a_redirected_run_prints()
    {
        var run = OnTerminal("early", "late", "--parallel", "2");
        var redirected = Run(new BuildOptions(), "early", "late", "--parallel", "2");

        Assert.Equal(redirected.Output, TerminalScreen.Render(run.Output));
        Assert.EndsWith(EraseLine + "\n════", run.Output[..(run.Output.IndexOf("════", StringComparison.Ordinal) + 4)], StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_one_running_target_too_and_updates_its_time_on_a_timer()
    {
        var clock = new ManualTimeProvider();
        Clock.Value = clock;

        var run = Run(new BuildOptions { TerminalWidth = 100, Time = clock }, "slow", "--parallel");

        Assert.Equal(0, run.ExitCode);
        // The scheduler draws when slow starts and ends, so at least two of these were drawn by the timer.
        Assert.Contains(EraseLine + "▶ running: slow (0.5 s) · 0 of 1 done", run.Output, StringComparison.Ordinal);
        Assert.Contains(EraseLine + "▶ running: slow (1.0 s) · 0 of 1 done", run.Output, StringComparison.Ordinal);
        Assert.Contains(EraseLine + "▶ running: slow (1.5 s) · 0 of 1 done", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, clock.ActiveTimers);
        Assert.DoesNotContain('▶', TerminalScreen.Render(run.Output));
    }

    [Theory]
    [InlineData("broken", 1)]
    [InlineData("stuck", 130)]
    public void Its_timer_stops_and_the_line_goes_when_a_target_fails_or_the_build_is_interrupted(string target, int exitCode)
    {
        var clock = new ManualTimeProvider();
        using var interrupter = new CancellationTokenSource();
        (Clock.Value, Interrupter.Value) = (clock, interrupter);

        var run = Run(new BuildOptions { TerminalWidth = 100, Time = clock, Interrupt = interrupter.Token }, target, "--parallel");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Contains($"▶ running: {target} (1.0 s)", run.Output, StringComparison.Ordinal);
        Assert.Equal(0, clock.ActiveTimers);
        Assert.DoesNotContain('▶', TerminalScreen.Render(run.Output));
    }

    [Theory]
    [InlineData(100, new[] { "--host", "github-actions" }, null)]
    [InlineData(100, new[] { "--host", "jenkins" }, null)]
    [InlineData(100, new string[0], "CI")]
    [InlineData(100, new string[0], "TERM")]
    [InlineData(100, new[] { "--verbosity", "quiet" }, null)]
    [InlineData(null, new string[0], null)]
    public void Is_not_shown_on_CI_nor_for_redirected_output_nor_when_quiet(int? width, string[] options, string? variable)
    {
        var variables = variable switch
        {
            "CI" => new Dictionary<string, string> { ["CI"] = "true" },
            "TERM" => new Dictionary<string, string> { ["TERM"] = "dumb" },
            _ => new Dictionary<string, string>(),
        };

        // The status is drawn as soon as the run starts, so two quick targets tell whether it would be.
        var run = Run(new BuildOptions { TerminalWidth = width, Variables = variables }, ["quick", "late", "--parallel", "2", .. options]);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('▶', run.Output);
        Assert.DoesNotContain("\u001b[2K", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequential_run_streams_its_output_and_shows_no_status()
    {
        var run = Run(new BuildOptions { TerminalWidth = 100 }, "late", "early");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('▶', run.Output);
    }

    [Theory]
    [InlineData(false, "▶ running:")]
    [InlineData(true, "\u001b[2m▶ running:")]
    public void Is_dim_with_colours_and_plain_without(bool color, string drawn)
    {
        var run = Run(new BuildOptions { TerminalWidth = 100, Color = color }, "early", "late", "--parallel", "2");

        Assert.Contains(EraseLine + drawn, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fits_a_narrow_terminal()
    {
        var run = Run(new BuildOptions { TerminalWidth = 24 }, "early", "late", "--parallel", "2");

        var drawn = run.Output.Split(EraseLine).Where(s => s.StartsWith('▶')).ToList();
        Assert.NotEmpty(drawn);
        Assert.All(drawn, status => Assert.True(status.Length <= 23, status));
    }
}
