using Automation.IntegrationTests.Processes;

namespace Automation.IntegrationTests.Continue;

/// <summary>
/// <c>--continue</c> resumes only a record of this root at this commit: a <c>.nuke/temp</c> restored from a CI cache
/// of another commit must not skip a target that never ran on this one. Uncommitted changes do not count: fixing the
/// failure and continuing is what <c>--continue</c> is for, and targets with inputs check their files anyway.
/// </summary>
public sealed class ContinueAtCommitTests
{
    private sealed class Build : AutomationBuild
    {
        Target Prepare => _ => _
            .Executes(() => File.AppendAllText(RootDirectory / "ran.txt", "prepare\n"));

        Target Finish => _ => _
            .DependsOn(Prepare)
            .Executes(() =>
            {
                File.AppendAllText(RootDirectory / "ran.txt", "finish\n");
                if ((RootDirectory / "fail").FileExists())
                {
                    throw new InvalidOperationException("finish failed on purpose");
                }
            });
    }

    [Fact]
    public async Task A_record_of_another_commit_is_not_resumed_and_the_warning_names_both_commits()
    {
        using var scenario = new Scenario();
        var git = new GitRepository(scenario.Root);
        scenario.Write("ran.txt", string.Empty);
        var recorded = git.Commit("first");
        await FailAsync(scenario);
        var head = git.Commit("second");

        var run = (await InProcessBuild.RunAsync<Build>("finish", "--continue")).AssertExitCode(0);

        run.AssertOutputContains($"--continue: running every target, because last-run.json was recorded at commit {recorded[..7]}, HEAD is {head[..7]}.");
        Assert.Equal("prepare\nfinish\n", File.ReadAllText(scenario.PathOf("ran.txt")));
    }

    [Fact]
    public async Task A_record_of_this_commit_is_resumed_even_with_uncommitted_changes()
    {
        using var scenario = new Scenario();
        var git = new GitRepository(scenario.Root);
        scenario.Write("ran.txt", string.Empty);
        git.Commit("first");
        await FailAsync(scenario);
        scenario.Write(".gitignore", "changed and not committed\n");

        var run = (await InProcessBuild.RunAsync<Build>("finish", "--continue")).AssertExitCode(0);

        run.AssertOutputLacks("--continue:");
        run.AssertStatus("prepare", "Skipped");
        Assert.Equal("finish\n", File.ReadAllText(scenario.PathOf("ran.txt")));
    }

    /// <summary>Runs finish so that it fails after prepare succeeded, then removes the cause and the trace.</summary>
    private static async Task FailAsync(Scenario scenario)
    {
        scenario.Write("fail", string.Empty);
        (await InProcessBuild.RunAsync<Build>("finish")).AssertExitCode(1);
        File.Delete(scenario.PathOf("fail"));
        File.WriteAllText(scenario.PathOf("ran.txt"), string.Empty);
    }
}
