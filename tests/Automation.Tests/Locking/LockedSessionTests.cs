using Automation.Locking;
using Automation.Tests.Incremental;
using Automation.Tests.Support;

namespace Automation.Tests.Locking;

/// <summary>
/// A build that runs targets takes the root's lock before it opens build.log; while another build holds it, nothing
/// of the holder's is touched: not its log, not its outputs. Help, the list and the plan never wait.
/// </summary>
public sealed class LockedSessionTests : IDisposable
{
    private const string HoldersLog = "the holder's log\n";

    private readonly TestRepository _repository = new();

    public LockedSessionTests()
    {
        _repository.WriteFile("src/a.txt", "alpha");
        _repository.WriteFile(".nuke/temp/build.log", HoldersLog);
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void With_no_wait_a_build_fails_at_once_naming_the_holder_and_leaves_its_log_alone()
    {
        using var holder = Hold("pack --token ***");

        var run = Run("generate", "--no-wait");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains($"Another build runs in this root: the build started at ", run.Output, StringComparison.Ordinal);
        Assert.Contains($"by PID {Environment.ProcessId} on {Environment.MachineName} (pack --token ***). Let it finish (run without --no-wait to wait for it), or stop it.", run.Output, StringComparison.Ordinal);
        Assert.Equal(HoldersLog, run.Log);
        Assert.False(File.Exists(PathOf("out/generated.txt")));
    }

    [Fact]
    public void An_interrupt_while_waiting_exits_130_having_run_nothing()
    {
        using var holder = Hold("pack");
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();

        var run = BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = _repository, Interrupt = interrupt.Token }, "generate");

        Assert.Equal(130, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("Waiting for the build started at ", run.Output, StringComparison.Ordinal);
        Assert.Contains("(pack) to finish; --no-wait fails instead.", run.Output, StringComparison.Ordinal);
        Assert.Contains("Interrupted while waiting for the other build to finish: nothing ran.", run.Output, StringComparison.Ordinal);
        Assert.Equal(HoldersLog, run.Log);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--list")]
    [InlineData("--plan")]
    [InlineData("--unknown-option")]
    public void Commands_that_run_no_target_neither_wait_nor_write_the_holders_log(string option)
    {
        using var holder = Hold("pack");

        var run = Run("generate", option);

        Assert.NotEqual(130, run.ExitCode);
        Assert.DoesNotContain("Waiting for", run.Output, StringComparison.Ordinal);
        Assert.Equal(HoldersLog, run.Log);
    }

    [Fact]
    public void Commands_that_run_no_target_write_the_log_when_no_build_runs()
    {
        var run = Run("generate", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("generate", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_file_that_cannot_be_opened_is_a_warning_and_the_build_runs_without_it()
    {
        Directory.CreateDirectory(PathOf(".nuke/temp/build.lock"));

        var run = Run("generate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["generate"], run.Trace);
        Assert.Single(run.Output.Split('\n'), line => line.Contains("Could not lock .nuke/temp/build.lock (", StringComparison.Ordinal));
        Assert.Contains("running without the one-build-at-a-time lock.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lock_is_released_when_the_build_ends()
    {
        Assert.Equal(0, Run("generate").ExitCode);

        using var next = new RootLock(new Dictionary<string, string>());
        Assert.Equal(LockOutcome.Held, next.TryTake(AbsolutePath.Create(_repository.Root), LockHolder.ThisProcess([], TimeProvider.System)).Outcome);
    }

    private RootLock Hold(string commandLine)
    {
        var rootLock = new RootLock(new Dictionary<string, string>());
        Assert.Equal(LockOutcome.Held, rootLock.TryTake(AbsolutePath.Create(_repository.Root), LockHolder.ThisProcess(commandLine.Split(' '), TimeProvider.System)).Outcome);
        return rootLock;
    }

    private BuildRun Run(params string[] args) => BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = _repository }, args);

    private string PathOf(string relative) => Path.Combine(_repository.Root, relative);
}
