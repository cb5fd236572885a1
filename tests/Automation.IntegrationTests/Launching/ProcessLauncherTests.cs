using Automation.IntegrationTests.Processes;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Launching;

/// <summary>The public process primitive on its own, with real child processes: output, environment, errors, limits and the tree kill.</summary>
public sealed class ProcessLauncherTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    [PosixFact]
    public async Task Run_returns_the_exit_code_and_both_streams_as_they_were_printed()
    {
        var outcome = await ProcessLauncher.RunAsync("/bin/sh", ["-c", "printf 'a\\r\\nb'; printf 'err' >&2; exit 3"]);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("a\r\nb", outcome.StandardOutput);
        Assert.Equal("err", outcome.StandardError);
        Assert.False(outcome.IsTruncated);
    }

    [LinuxFact]
    public async Task Variables_are_merged_a_null_one_is_removed_and_the_directory_is_the_given_one()
    {
        using var directory = new TempDirectory("launcher");
        var options = new ProcessLaunchOptions
        {
            WorkingDirectory = directory.Root,
            Environment = new Dictionary<string, string?> { ["LAUNCH_A"] = "x", ["HOME"] = null },
        };

        var outcome = await ProcessLauncher.RunAsync("/bin/sh", ["-c", "echo \"$LAUNCH_A-${HOME:-none}-$(pwd -P)\""], options);

        Assert.Equal($"x-none-{directory.Root}\n", outcome.StandardOutput);
    }

    [PosixFact]
    public async Task A_program_not_on_the_given_path_is_a_start_error_naming_the_path_searched()
    {
        var options = new ProcessLaunchOptions { Environment = new Dictionary<string, string?> { ["PATH"] = "/nonexistent-a:/nonexistent-b" } };

        var error = await Assert.ThrowsAsync<ProcessStartException>(() => ProcessLauncher.RunAsync("no-such-program-5c1d", [], options));

        Assert.Equal("no-such-program-5c1d", error.Program);
        Assert.Contains("it was not found (searched PATH: /nonexistent-a, /nonexistent-b)", error.Message, StringComparison.Ordinal);
    }

    [PosixFact]
    public async Task Output_past_the_limit_keeps_its_end()
    {
        var options = new ProcessLaunchOptions { OutputLimit = 1000 };

        var outcome = await ProcessLauncher.RunAsync("/bin/sh", ["-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); echo $i; done"], options);

        Assert.True(outcome.IsTruncated);
        Assert.Equal(1000, outcome.StandardOutput.Length);
        Assert.EndsWith("\n19999\n20000\n", outcome.StandardOutput, StringComparison.Ordinal);
    }

    [PosixFact]
    public async Task Lines_reach_the_handler_as_they_come_and_input_can_be_written()
    {
        var lines = new List<string>();
        var options = new ProcessLaunchOptions { RedirectStandardInput = true, StandardOutputLine = lines.Add };
        using var process = ProcessLauncher.Start("/bin/sh", ["-c", "read name; echo \"hello $name\"; echo done"], options);

        await process.StandardInput.WriteLineAsync("launcher");
        process.StandardInput.Close();

        Assert.Equal(0, await process.WaitForExitAsync());
        Assert.Equal(["hello launcher", "done"], lines);
    }

    [LinuxFact]
    public async Task Cancellation_kills_the_whole_tree()
    {
        var output = new System.Text.StringBuilder();
        var printed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new ProcessLaunchOptions
        {
            StandardOutputLine = line =>
            {
                output.AppendLine(line);
                if (SleepingTree.IsComplete(output.ToString()))
                {
                    printed.TrySetResult();
                }
            },
        };
        using var cancel = new CancellationTokenSource();
        using var process = ProcessLauncher.Start("/bin/sh", ["-c", SleepingTree.Script(311)], options, cancel.Token);
        try
        {
            await printed.Task.WaitAsync(StepTimeout);
            await cancel.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(process.WaitForExitAsync);
            await SleepingTree.AssertAllGoneAsync(output.ToString(), TimeSpan.FromSeconds(5));
            Assert.True(process.KilledProcessCount >= 4, $"Killed {process.KilledProcessCount} processes.");
        }
        finally
        {
            SleepingTree.KillSurvivors(output.ToString());
        }
    }

    [LinuxFact]
    public async Task A_timeout_kills_the_whole_tree_and_says_so()
    {
        var output = new System.Text.StringBuilder();
        var options = new ProcessLaunchOptions { Timeout = TimeSpan.FromSeconds(5), StandardOutputLine = line => output.AppendLine(line) };
        try
        {
            var error = await Assert.ThrowsAsync<TimeoutException>(() => ProcessLauncher.RunAsync("/bin/sh", ["-c", SleepingTree.Script(313)], options));

            Assert.Contains("timed out after 00:00:05; its process tree was killed", error.Message, StringComparison.Ordinal);
            await SleepingTree.AssertAllGoneAsync(output.ToString(), TimeSpan.FromSeconds(5));
        }
        finally
        {
            SleepingTree.KillSurvivors(output.ToString());
        }
    }
}
