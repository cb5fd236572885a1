using System.Diagnostics;

namespace Automation.IntegrationTests.Processes;

/// <summary><see cref="RunOptions.StandardInput"/> is piped to the command and then closed; without it the input is closed at once.</summary>
public sealed class StandardInputTests
{
    private sealed class Input : AutomationBuild
    {
        [Parameter] readonly int Size = 0;

        Target Cat => _ => _.Executes(ctx => Scenario.Current.Record(
            ctx.Run("cat", [], new RunOptions { StandardInput = "alpha\nbeta\nno newline at the end", Timeout = TimeSpan.FromSeconds(15) })));

        Target Closed => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Run("cat", [], new RunOptions { Timeout = TimeSpan.FromSeconds(15) })));

        // More than the pipe buffers hold in both directions: input must be written while output is read.
        Target Large => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Run(
            "cat",
            [],
            new RunOptions { StandardInput = new string('x', Size - 1) + "\n", Hide = OutputHiding.StandardOutput, Timeout = TimeSpan.FromSeconds(15) })));

        // A command that never reads its input must not keep the runner waiting to write it.
        Target Unread => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(
            "exec 0<&-; echo done",
            new RunOptions { StandardInput = new string('y', Size), Timeout = TimeSpan.FromSeconds(15) })));
    }

    [PosixFact]
    public async Task Text_is_piped_to_the_command()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Input>("cat")).AssertExitCode(0);

        Assert.Equal("alpha\nbeta\nno newline at the end\n", scenario.SingleResult().StandardOutput);
        run.AssertOutputContains("> cat\nalpha\nbeta\nno newline at the end\n");
    }

    [PosixFact]
    public async Task Without_text_the_input_is_closed_so_a_reader_ends()
    {
        using var scenario = new Scenario();
        var clock = Stopwatch.StartNew();

        (await InProcessBuild.RunAsync<Input>("closed")).AssertExitCode(0);

        Assert.Equal(string.Empty, scenario.SingleResult().StandardOutput);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"cat waited {clock.Elapsed} for input.");
    }

    [PosixFact]
    public async Task Megabytes_of_input_and_output_do_not_deadlock()
    {
        using var scenario = new Scenario();
        // Far more than a pipe holds (64 KiB), within what a result keeps (4 MiB); the one line comes back in pieces of
        // at most OutputPump.MaxLineLength.
        const int size = 2 * 1024 * 1024;

        (await InProcessBuild.RunAsync<Input>("large", "--size", size.ToString(System.Globalization.CultureInfo.InvariantCulture))).AssertExitCode(0);

        var result = scenario.SingleResult();
        Assert.False(result.IsTruncated);
        Assert.Equal(size - 1, result.OutputLines.Sum(line => line.Length));
    }

    [PosixFact]
    public async Task Input_the_command_does_not_read_is_dropped()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Input>("unread", "--size", "1048576")).AssertExitCode(0);

        Assert.Equal("done\n", scenario.SingleResult().StandardOutput);
    }
}
