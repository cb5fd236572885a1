using Automation.IntegrationTests.Processes;
using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Locking;

/// <summary>
/// Two builds in one root, as real processes: the second waits for the first (or fails at once with --no-wait), a
/// killed build leaves nothing stuck, and a build run by a target of a build runs under its parent's lock. The first
/// build's <c>write</c> target holds still after its first chunk until the test opens the latch, so the order is
/// decided by files, not by timing.
/// </summary>
[Collection(LockSampleCollection.Name)]
public sealed class ConcurrentBuildTests
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    private readonly LockSampleRepository _sample;

    public ConcurrentBuildTests(LockSampleRepository sample)
    {
        _sample = sample;
        _sample.Reset();
    }

    [Fact]
    public async Task A_second_build_waits_naming_the_first_then_runs_after_it_and_the_output_is_whole()
    {
        using var first = _sample.Start(["write", "--flavor", "a"]);
        await _sample.WaitUntilStartedAsync("a", StepTimeout);
        using var second = _sample.Start(["write", "--flavor", "b"]);

        var waiting = await second.WaitForLineAsync(line => line.Contains("Waiting for ", StringComparison.Ordinal), StepTimeout);
        Assert.Contains($"Waiting for the build started at ", waiting, StringComparison.Ordinal);
        Assert.EndsWith($"by PID {first.Id} on {Environment.MachineName} (write --flavor a) to finish; --no-wait fails instead.", waiting, StringComparison.Ordinal);
        Assert.False(_sample.Started("b"), "The second build ran its target while the first held the lock.");
        _sample.Release();
        var firstResult = (await first.WaitForExitAsync(StepTimeout)).AssertExitCode(0);
        var secondResult = (await second.WaitForExitAsync(StepTimeout)).AssertExitCode(0);

        Summary.AssertStatus(firstResult.StandardOutput, "write", "Succeeded");
        Summary.AssertStatus(secondResult.StandardOutput, "write", "Succeeded");
        Assert.Single(secondResult.StandardOutput.Split('\n'), line => line.StartsWith("Waiting for ", StringComparison.Ordinal));
        Assert.Equal(LockSampleRepository.Chunks("b"), File.ReadAllText(_sample.PathOf("out/chunks.txt")));
        Summary.AssertStatus((await _sample.RunAsync("write", "--flavor", "b")).AssertExitCode(0).StandardOutput, "write", "UpToDate");
        Summary.AssertStatus((await _sample.RunAsync("write", "--flavor", "a")).AssertExitCode(0).StandardOutput, "write", "Succeeded");
    }

    [Fact]
    public async Task With_no_wait_a_second_build_fails_at_once_naming_the_first_whose_log_stays_intact()
    {
        using var first = _sample.Start(["write", "--flavor", "a"]);
        await _sample.WaitUntilStartedAsync("a", StepTimeout);

        var second = (await _sample.RunAsync("write", "--flavor", "b", "--no-wait")).AssertExitCode(1);
        _sample.Release();
        (await first.WaitForExitAsync(StepTimeout)).AssertExitCode(0);

        Assert.Contains($"Another build runs in this root: the build started at ", second.StandardError, StringComparison.Ordinal);
        Assert.Contains($"by PID {first.Id} on {Environment.MachineName} (write --flavor a). Let it finish (run without --no-wait to wait for it), or stop it.", second.StandardError, StringComparison.Ordinal);
        Assert.False(_sample.Started("b"));
        Assert.Equal(LockSampleRepository.Chunks("a"), File.ReadAllText(_sample.PathOf("out/chunks.txt")));
        var log = ReadWholeLog();
        Assert.DoesNotContain("Another build runs", log, StringComparison.Ordinal);
        Assert.Contains("writing a", log, StringComparison.Ordinal);
        Summary.AssertStatus(log, "write", "Succeeded");
    }

    /// <summary>The lock is the open file, so the kernel drops it with the process; the killed run's half-written
    /// output was never recorded (its state was forgotten when it started), so the next run is not up to date.</summary>
    [PosixFact]
    public async Task A_build_killed_while_holding_the_lock_blocks_no_one_and_its_half_written_output_is_not_up_to_date()
    {
        _sample.Release();
        (await _sample.RunAsync("write", "--flavor", "a")).AssertExitCode(0);
        File.Delete(_sample.PathOf("release"));
        File.Delete(_sample.PathOf("started-a"));
        using var killed = _sample.Start(["write", "--flavor", "a", "--force"]);
        await _sample.WaitUntilStartedAsync("a", StepTimeout);

        await Signals.SendAsync(killed.Id, "KILL");
        await killed.WaitForExitAsync(StepTimeout);
        Assert.Equal("a chunk 1\n", File.ReadAllText(_sample.PathOf("out/chunks.txt")));
        _sample.Release();
        var next = (await _sample.RunAsync("write", "--flavor", "a", "--no-wait")).AssertExitCode(0);

        Summary.AssertStatus(next.StandardOutput, "write", "Succeeded");
        Assert.Equal(LockSampleRepository.Chunks("a"), File.ReadAllText(_sample.PathOf("out/chunks.txt")));
        Summary.AssertStatus((await _sample.RunAsync("write", "--flavor", "a")).AssertExitCode(0).StandardOutput, "write", "UpToDate");
    }

    [LinuxFact]
    public async Task Ctrl_c_while_waiting_exits_130_having_run_nothing()
    {
        using var first = _sample.Start(["write", "--flavor", "a"]);
        await _sample.WaitUntilStartedAsync("a", StepTimeout);
        // A background job of a shell without job control ignores SIGINT, and so would the build: env undoes that.
        using var second = _sample.Start(["write", "--flavor", "b"], Signals.IsIgnoredByThisProcess(Signals.Interrupt) ? ["env", "--default-signal=INT"] : null);
        await second.WaitForLineAsync(line => line.StartsWith("Waiting for ", StringComparison.Ordinal), StepTimeout);

        await Signals.SendAsync(second.Id, "INT");
        var interrupted = (await second.WaitForExitAsync(StepTimeout)).AssertExitCode(130);
        _sample.Release();
        (await first.WaitForExitAsync(StepTimeout)).AssertExitCode(0);

        Assert.Contains("Interrupted while waiting for the other build to finish: nothing ran.", interrupted.StandardError, StringComparison.Ordinal);
        Assert.False(_sample.Started("b"));
        Assert.Equal(LockSampleRepository.Chunks("a"), File.ReadAllText(_sample.PathOf("out/chunks.txt")));
    }

    /// <summary>The inner build inherits the outer one's lock token through its command's environment: it neither
    /// waits for its own parent nor opens the parent's build.log, which gets its output through the command.</summary>
    [Fact]
    public async Task A_build_run_by_a_target_in_the_same_root_runs_under_its_lock_and_leaves_its_log_alone()
    {
        var outer = (await _sample.RunAsync("outer", "--no-wait")).AssertExitCode(0);

        Assert.DoesNotContain("Another build runs", outer.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("inner ran", outer.StandardOutput, StringComparison.Ordinal);
        var log = ReadWholeLog();
        Assert.Contains("inner ran", log, StringComparison.Ordinal);
        Summary.AssertStatus(log, "outer", "Succeeded");
    }

    /// <summary>build.log, which must be one build's from its start: a second build that truncated it while the first
    /// still wrote would leave the first's later writes after a run of NUL bytes, and its heading gone.</summary>
    private string ReadWholeLog()
    {
        var log = File.ReadAllText(_sample.LogPath);
        Assert.DoesNotContain('\0', log);
        return log;
    }
}
