using System.Diagnostics;

namespace Automation.IntegrationTests.Processes;

/// <summary><c>--dry-run</c> runs the targets but starts no command: each is echoed and returns an empty success.</summary>
public sealed class DryRunTests
{
    private sealed class Effects : AutomationBuild
    {
        Target Create => _ => _.Executes(async ctx =>
        {
            Scenario.Current.Record(ctx.Run("touch", ["run.txt"]));
            Scenario.Current.Record(ctx.Shell("echo shell > shell.txt"));
            Scenario.Current.Record(await ctx.RunAsync("sleep 2"));
            Scenario.Current.Record(ctx.Shell("exit 9"));
        });
    }

    [PosixFact]
    public async Task Commands_that_would_create_files_sleep_or_fail_are_not_started()
    {
        using var scenario = new Scenario();
        var clock = Stopwatch.StartNew();

        var run = (await InProcessBuild.RunAsync<Effects>("create", "--dry-run")).AssertExitCode(0);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"The dry run took {clock.Elapsed}: did it sleep?");
        Assert.False(File.Exists(scenario.PathOf("run.txt")), "touch ran in a dry run.");
        Assert.False(File.Exists(scenario.PathOf("shell.txt")), "The shell ran in a dry run.");
        run.AssertOutputContains("[dry-run] > touch run.txt\n");
        run.AssertOutputContains("[dry-run] > /bin/sh -c \"echo shell > shell.txt\"\n");
        run.AssertOutputContains("[dry-run] > sleep 2\n");
        run.AssertOutputContains("[dry-run] > /bin/sh -c \"exit 9\"\n");
        run.AssertStatus("create", "Succeeded");
        Assert.All(scenario.Results, r => Assert.Equal((0, "", ""), (r.ExitCode, r.StandardOutput, r.StandardError)));
    }

    [PosixFact]
    public async Task Same_build_without_dry_run_does_create_the_files()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Effects>("create")).AssertExitCode(1);

        Assert.True(File.Exists(scenario.PathOf("run.txt")));
        Assert.Equal("shell\n", await File.ReadAllTextAsync(scenario.PathOf("shell.txt")));
        run.AssertOutputContains("Command failed (exit code 9)");
    }
}
