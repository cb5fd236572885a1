using Automation.Tests.Support;

namespace Automation.Tests.Output;

/// <summary>
/// What a target writes with <c>Console.Write</c>/<c>Console.WriteLine</c>, to <c>Console.Out</c> or
/// <c>Console.Error</c>, passes the secret masker and lands in the target's own group and in build.log, as a command's
/// output does; after the build the console is the test's own again.
/// </summary>
[Collection(ProcessConsoleCollection.Name)]
public sealed class ConsoleCaptureTests
{
    private const string Canary = "CONSOLE-CANARY-2b7e";

    // Flows into the build's actions with the async context, so tests running at the same time never share it.
    private static readonly AsyncLocal<BothWriting?> Latch = new();

    private sealed class Printing : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;

        Target Out => _ => _.Executes(() => Console.WriteLine($"out token={Token}"));

        Target Error => _ => _.Executes(() => Console.Error.WriteLine($"error token={Token}"));

        // The secret in two writes: masking a write at a time would miss it.
        Target Halves => _ => _.Executes(() =>
        {
            Console.Write($"halves {Token![..6]}");
            Console.Write($"{Token[6..]} end{Environment.NewLine}");
        });

        Target Unfinished => _ => _.Executes(() => Console.Write($"no line end {Token}"));

        Target Async => _ => _.Executes(async () =>
        {
            await Task.Yield();
            await Task.Run(() => Console.Out.WriteLineAsync($"from a task {Token}"));
        });

        Target Late => _ => _.Executes(ctx =>
        {
            ctx.Secret("LATE-CONSOLE-CANARY-91");
            Console.WriteLine("registered at run time: LATE-CONSOLE-CANARY-91");
        });

        Target First => _ => _.Executes(() => Latch.Value!.WriteAsync("first"));

        Target Second => _ => _.Executes(() => Latch.Value!.WriteAsync("second"));
    }

    /// <summary>Makes two targets write while both run, so a line routed by thread or by "the last target started"
    /// would land in the other's group.</summary>
    private sealed class BothWriting
    {
        private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task WriteAsync(string name)
        {
            var (mine, theirs) = name == "first" ? (_first, _second) : (_second, _first);
            Console.WriteLine($"{name} says {Canary}");
            mine.SetResult();
            await theirs.Task.WaitAsync(TimeSpan.FromSeconds(10));
            Console.WriteLine($"{name} is done");
        }
    }

    [Theory]
    [InlineData("out", "out token=***\n")]
    [InlineData("error", "error token=***\n")]
    [InlineData("halves", "halves *** end\n")]
    [InlineData("unfinished", "no line end ***\n")]
    [InlineData("async", "from a task ***\n")]
    public void Console_output_is_masked_and_kept_in_the_targets_group_and_the_log(string target, string expected)
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<Printing>(new BuildOptions { Repository = repo }, target, "--token", Canary);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, run.Log, StringComparison.Ordinal);
        var group = run.Output.IndexOf($"── {target} ", StringComparison.Ordinal);
        var line = run.Output.IndexOf(expected, StringComparison.Ordinal);
        Assert.True(group >= 0 && line > group && line < run.Output.IndexOf("Target", group, StringComparison.Ordinal), $"'{expected.Trim()}' is not in the group of {target}:\n{run.Output}");
        Assert.Contains(expected, run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_registered_at_run_time_is_masked_in_console_output()
    {
        var run = BuildHarness.Run<Printing>("late");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("registered at run time: ***\n", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("LATE-CONSOLE-CANARY-91", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_running_at_once_each_keep_their_console_lines_in_their_own_group()
    {
        Latch.Value = new BothWriting();

        var run = BuildHarness.Run<Printing>("first", "second", "--parallel", "2", "--token", Canary);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        foreach (var (name, other) in new[] { ("first", "second"), ("second", "first") })
        {
            var group = run.Output.IndexOf($"── {name} ", StringComparison.Ordinal);
            var says = run.Output.IndexOf($"{name} says ***\n", StringComparison.Ordinal);
            var done = run.Output.IndexOf($"{name} is done\n", StringComparison.Ordinal);
            var otherGroup = run.Output.IndexOf($"── {other} ", StringComparison.Ordinal);
            Assert.True(group >= 0 && says > group && done > says && (otherGroup < group || otherGroup > done), $"{name}'s lines are not in its group:\n{run.Output}");
        }
    }

    [Fact]
    public void After_the_build_console_output_no_longer_goes_to_it()
    {
        using var repo = new TestRepository();
        var output = new StringWriter();
        var run = BuildHarness.Run<Printing>(new BuildOptions { Repository = repo, Output = output }, "out", "--token", Canary);
        var length = output.ToString().Length;

        Console.WriteLine("written by the test after the build");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(length, output.ToString().Length);
        Assert.DoesNotContain("written by the test", File.ReadAllText(repo.LogPath), StringComparison.Ordinal);
    }
}
