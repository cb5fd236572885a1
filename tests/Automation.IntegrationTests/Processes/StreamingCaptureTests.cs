namespace Automation.IntegrationTests.Processes;

/// <summary>A command's output is shown as it arrives and captured in the result at the same time, each stream in order.</summary>
public sealed class StreamingCaptureTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(15);

    private sealed class Streams : AutomationBuild
    {
        Target Both => _ => _.Executes(ctx => Scenario.Current.Record(
            ctx.Shell("for i in 1 2 3 4 5; do echo \"out $i\"; echo \"err $i\" >&2; done")));

        // Prints one line, then waits for the test to create 'go' (at most 30 s), then prints another.
        Target Live => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(
            "echo before-go; i=0; while [ ! -f go ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done; echo after-go",
            new RunOptions { Timeout = TimeSpan.FromSeconds(40) })));
    }

    [PosixFact]
    public async Task Both_streams_are_shown_and_captured_each_in_order()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Streams>("both")).AssertExitCode(0);

        var result = scenario.SingleResult();
        Assert.Equal("out 1\nout 2\nout 3\nout 4\nout 5\n", result.StandardOutput);
        Assert.Equal("err 1\nerr 2\nerr 3\nerr 4\nerr 5\n", result.StandardError);
        Assert.Equal(["out 1", "out 2", "out 3", "out 4", "out 5"], result.OutputLines);
        Assert.Equal(0, result.ExitCode);
        var lines = run.Output.Split('\n');
        var echo = Array.IndexOf(lines, "> /bin/sh -c \"for i in 1 2 3 4 5; do echo \\\"out \\$i\\\"; echo \\\"err \\$i\\\" >&2; done\"");
        Assert.True(echo >= 0, $"No echoed command in:\n{run.Output}");
        foreach (var stream in new[] { "out", "err" })
        {
            var positions = Enumerable.Range(1, 5).Select(i => Array.IndexOf(lines, $"{stream} {i}")).ToList();
            Assert.True(positions.All(p => p > echo), $"A '{stream}' line is missing or before the echo:\n{run.Output}");
            Assert.Equal(positions.Order(), positions);
        }

        Assert.Contains("out 5\n", run.Log, StringComparison.Ordinal);
        Assert.Contains("err 5\n", run.Log, StringComparison.Ordinal);
    }

    [PosixFact]
    public async Task Output_is_shown_while_the_command_still_runs()
    {
        using var scenario = new Scenario();
        await using var build = InProcessBuild.Start<Streams>("live");

        await build.Output.WaitForAsync("before-go\n", Step);
        Assert.DoesNotContain("\nafter-go\n", build.Output.Text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(scenario.PathOf("go"), string.Empty);
        var run = (await build.FinishAsync()).AssertExitCode(0);

        run.AssertOutputContains("before-go\nafter-go\n");
        Assert.Equal("before-go\nafter-go\n", scenario.SingleResult().StandardOutput);
    }
}
