using Automation.IntegrationTests.Processes;
using Automation.IntegrationTests.Support;
using Automation.Versioning.Git;

namespace Automation.IntegrationTests.Tools.Git;

/// <summary>The public git runner a component uses where no target context is at hand, against real git.</summary>
public sealed class GitCliTests : IDisposable
{
    private readonly TempDirectory _directory = new("git-cli");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task A_failing_call_returns_its_exit_code_and_error_instead_of_throwing()
    {
        var result = await GitCli.RunAsync(_directory.Root, ["rev-parse", "HEAD"]);

        Assert.Equal(128, result.ExitCode);
        Assert.Contains("not a git repository", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_comes_back_as_git_printed_it()
    {
        var result = await GitCli.RunAsync(_directory.Root, ["-c", "core.quotepath=false", "init", "--quiet", "."]);
        Assert.Equal(0, result.ExitCode);
        _directory.Write("dépôt.txt", "x");

        var listed = await GitCli.RunAsync(_directory.Root, ["ls-files", "-z", "--others"]);

        Assert.Equal("dépôt.txt\0", listed.Output);
    }

    [LinuxFact]
    public async Task Cancelling_kills_git_and_every_process_it_started()
    {
        // A git alias that starts a process tree and writes its PIDs to a file: the test cancels once all are running.
        var pids = _directory.PathOf("pids.txt");
        var script = _directory.Write("tree.sh", $"exec > '{pids}'\n{SleepingTree.Script(83)}\n");
        using var cancellation = new CancellationTokenSource();

        var run = GitCli.RunAsync(_directory.Root, ["-c", $"alias.tree=!/bin/sh '{script}'", "tree"], cancellation.Token);
        await WaitForTreeAsync(pids, run);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        await SleepingTree.AssertAllGoneAsync(await File.ReadAllTextAsync(pids), TimeSpan.FromSeconds(5));
    }

    private static async Task WaitForTreeAsync(string pids, Task run)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!(File.Exists(pids) && SleepingTree.IsComplete(await File.ReadAllTextAsync(pids))))
        {
            Assert.False(run.IsCompleted, $"git ended before its tree was running: {(run.IsFaulted ? run.Exception : "no error")}");
            Assert.True(DateTime.UtcNow < deadline, "The tree did not print its 4 PIDs within 15 s.");
            await Task.Delay(20);
        }
    }
}
