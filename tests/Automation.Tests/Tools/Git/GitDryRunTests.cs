using Automation.Tests.Support;

namespace Automation.Tests.Tools.Git;

/// <summary>Git through the engine without starting git: commands are echoed in a dry run; queries are marked read-only.</summary>
public sealed class GitDryRunTests
{
    private sealed class Commands : AutomationBuild
    {
        Target Tag => _ => _.Executes(ctx =>
        {
            var result = ctx.Git("tag", "-a", "v1.2.3", "-m", "Release 1.2.3");
            Trace.Record($"exit code {result.ExitCode}");
        });

        Target Push => _ => _.Executes(ctx => ctx.Git(["push", "origin", "v1.2.3"], GitTasks.Quiet));
    }

    [Fact]
    public void A_git_command_is_echoed_with_its_arguments_and_not_started()
    {
        var run = BuildHarness.Run<Commands>("tag", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["exit code 0"], run.Trace);
        Assert.Contains("[dry-run] > git tag -a v1.2.3 -m \"Release 1.2.3\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quiet_command_still_changes_something_so_a_dry_run_only_echoes_it()
    {
        var run = BuildHarness.Run<Commands>("push", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[dry-run] > git push origin v1.2.3", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_hides_and_captures_without_echo_but_is_not_read_only()
    {
        Assert.False(GitTasks.Quiet.Echo);
        Assert.Equal(OutputHiding.Both, GitTasks.Quiet.Hide);
        Assert.False(GitTasks.Quiet.ReadOnly);
    }
}
