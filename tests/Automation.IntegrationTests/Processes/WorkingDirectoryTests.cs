namespace Automation.IntegrationTests.Processes;

/// <summary>Where a command runs: the repository root, the <c>ctx.Cd</c> scope, or <see cref="RunOptions.WorkingDirectory"/> relative to it.</summary>
public sealed class WorkingDirectoryTests
{
    private sealed class Directories : AutomationBuild
    {
        Target Default => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Run("pwd")));

        Target Option => _ => _.Executes(ctx =>
        {
            using (ctx.Cd("a"))
            {
                Scenario.Current.Record(ctx.Run("pwd", [], new RunOptions { WorkingDirectory = "b" }));
                Scenario.Current.Record(ctx.Run("pwd", [], new RunOptions { WorkingDirectory = RootDirectory }));
            }
        });

        Target Missing => _ => _.Executes(ctx => ctx.Run("pwd", [], new RunOptions { WorkingDirectory = "no/such/dir" }));

        Target MissingScope => _ => _.Executes(ctx =>
        {
            using (ctx.Cd("gone"))
            {
                ctx.Run("pwd");
            }
        });
    }

    [PosixFact]
    public async Task Default_is_the_repository_root()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Directories>("default")).AssertExitCode(0);

        Assert.Equal(scenario.Root + "\n", scenario.SingleResult().StandardOutput);
    }

    [PosixFact]
    public async Task Option_is_relative_to_the_cd_scope_or_absolute()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(scenario.PathOf("a/b"));

        (await InProcessBuild.RunAsync<Directories>("option")).AssertExitCode(0);

        Assert.Equal([scenario.PathOf("a/b") + "\n", scenario.Root + "\n"], scenario.Results.Select(r => r.StandardOutput));
    }

    [PosixTheory]
    [InlineData("missing", "no/such/dir", "pwd")]
    [InlineData("missing-scope", "gone", "pwd")]
    public async Task Directory_that_does_not_exist_fails_the_target_naming_it(string target, string directory, string echo)
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Directories>(target)).AssertExitCode(1);

        run.AssertStatus(target, "Failed");
        run.AssertOutputContains($"Cannot run {echo}: the working directory '{scenario.PathOf(directory)}' does not exist.");
    }
}
