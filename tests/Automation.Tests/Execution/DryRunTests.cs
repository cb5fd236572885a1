using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class DryRunTests
{
    private sealed class Commands : AutomationBuild
    {
        Target Compile => _ => _.Executes(ctx =>
        {
            Trace.Record($"compile (dry run: {ctx.IsDryRun}, build: {IsDryRun})");
            var result = ctx.Run("some-program-that-does-not-exist arg");
            Trace.Record($"exit code {result.ExitCode}");
        });
    }

    [Fact]
    public void Dry_run_runs_the_targets_but_echoes_commands_instead_of_starting_them()
    {
        var run = BuildHarness.Run<Commands>("compile", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile (dry run: True, build: True)", "exit code 0"], run.Trace);
        Assert.Contains("[dry-run] > some-program-that-does-not-exist arg", run.Output, StringComparison.Ordinal);
        Assert.Equal("Succeeded", run.Status("compile"));
    }

    [Fact]
    public void The_short_form_n_is_a_dry_run_too()
    {
        var run = BuildHarness.Run<Commands>("compile", "-n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[dry-run] > some-program-that-does-not-exist arg", run.Output, StringComparison.Ordinal);
    }
}
