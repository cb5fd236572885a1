using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Sample;

/// <summary>
/// SIGTERM (a CI agent cancelling) and SIGINT (Ctrl+C) stop a running build in order: the running target is Aborted
/// and its command killed, the rest NotRun, the assured target still runs, exit code 130.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class InterruptTests(SampleRepository sample)
{
    private const string SleepCommand = "sleep 60";

    private const string NapCommand = "sleep 59";

    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    [LinuxFact]
    public Task Sigterm_aborts_the_running_target_kills_its_command_and_runs_the_assured_target() => InterruptAsync("TERM");

    [LinuxFact]
    public Task Sigint_aborts_the_running_target_kills_its_command_and_runs_the_assured_target() => InterruptAsync("INT", toGroup: false);

    /// <summary>Ctrl+C in a terminal: SIGINT reaches the build and its command at once; the command must not win the race and fail the target.</summary>
    [LinuxFact]
    public Task Sigint_to_the_process_group_aborts_rather_than_fails_the_running_target() => InterruptAsync("INT", toGroup: true);

    /// <summary>With --parallel, every running target is aborted and each one's command killed; output is held per
    /// target, so the test waits for the commands rather than for their echo.</summary>
    [LinuxFact]
    public async Task Sigterm_during_a_parallel_run_aborts_every_running_target_and_kills_their_commands()
    {
        sample.DeleteCleanupMarker();
        using var build = sample.Start(["package", "nap", "--parallel", "2"]);
        int[] pids = [];
        try
        {
            pids = [await ProcessTree.WaitForChildAsync(build.Id, SleepCommand, StepTimeout), await ProcessTree.WaitForChildAsync(build.Id, NapCommand, StepTimeout)];

            await Signals.SendAsync(build.Id, "TERM");
            var result = await build.WaitForExitAsync(StepTimeout);

            result.AssertExitCode(130);
            Summary.AssertStatus(result.StandardOutput, "slow", "Aborted");
            Summary.AssertStatus(result.StandardOutput, "nap", "Aborted");
            Summary.AssertStatus(result.StandardOutput, "package", "NotRun");
            Summary.AssertStatus(result.StandardOutput, "cleanup", "Succeeded");
            Assert.True(File.Exists(sample.CleanupMarker), $"The assured cleanup target did not run.{Environment.NewLine}{result}");
            Assert.True(await ProcessTree.WaitUntilGoneAsync(pids[0], SleepCommand, TimeSpan.FromSeconds(5)), $"'{SleepCommand}' outlived the build.");
            Assert.True(await ProcessTree.WaitUntilGoneAsync(pids[1], NapCommand, TimeSpan.FromSeconds(5)), $"'{NapCommand}' outlived the build.");
        }
        finally
        {
            foreach (var (pid, command) in pids.Zip([SleepCommand, NapCommand]).Where(p => ProcessTree.IsRunning(p.First, p.Second)))
            {
                await Signals.SendAsync(pid, "KILL");
            }
        }
    }

    private async Task InterruptAsync(string signal, bool toGroup = false)
    {
        sample.DeleteCleanupMarker();

        // setsid (exec, same pid) makes the build lead its own process group. A background job of a shell without job
        // control ignores SIGINT, and so would the build: env undoes that, as a terminal would.
        List<string> launcher = toGroup ? ["setsid"] : [];
        if (signal == "INT" && Signals.IsIgnoredByThisProcess(Signals.Interrupt))
        {
            launcher.AddRange(["env", "--default-signal=INT"]);
        }

        using var build = sample.Start(["package"], launcher: launcher);
        var sleepPid = 0;
        try
        {
            await build.WaitForLineAsync(l => l.Contains("> " + SleepCommand, StringComparison.Ordinal), StepTimeout);
            sleepPid = await ProcessTree.WaitForChildAsync(build.Id, SleepCommand, StepTimeout);

            await Signals.SendAsync(toGroup ? -build.Id : build.Id, signal);
            var result = await build.WaitForExitAsync(StepTimeout);

            result.AssertExitCode(130);
            Summary.AssertStatus(result.StandardOutput, "slow", "Aborted");
            Summary.AssertStatus(result.StandardOutput, "package", "NotRun");
            Summary.AssertStatus(result.StandardOutput, "cleanup", "Succeeded");
            Assert.Matches(@"(?m)^Build failed in [0-9.]+ s \(interrupted\)$", result.StandardOutput);
            Assert.True(File.Exists(sample.CleanupMarker), $"The assured cleanup target did not run.{Environment.NewLine}{result}");
            Assert.True(await ProcessTree.WaitUntilGoneAsync(sleepPid, SleepCommand, TimeSpan.FromSeconds(5)), $"'{SleepCommand}' (pid {sleepPid}) outlived the build.");
        }
        finally
        {
            if (sleepPid > 0 && ProcessTree.IsRunning(sleepPid, SleepCommand))
            {
                await Signals.SendAsync(sleepPid, "KILL");
            }
        }
    }
}
