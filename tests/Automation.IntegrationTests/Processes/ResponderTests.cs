namespace Automation.IntegrationTests.Processes;

/// <summary>Responders answer prompts (which usually end without a newline) by writing to the command's standard input.</summary>
public sealed class ResponderTests
{
    // Every test command gives up after this, so a prompt left unanswered cannot hang the suite.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(15);

    private sealed class Prompts : AutomationBuild
    {
        Target Login => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(
            "printf 'Name: '; read name; printf 'Password: '; read pass; echo \"name=$name pass=$pass\"",
            new RunOptions
            {
                Responders = [new Responder("Name: $", "alice"), new Responder("Password: $", "hunter2")],
                Timeout = CommandTimeout,
            })));

        Target Confirm => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(
            "printf 'Continue? [y/N] ' >&2; read answer; echo \"answer=$answer\"",
            new RunOptions { Responders = [new Responder(@"Continue\? \[y/N\]", "y")], Timeout = CommandTimeout })));

        Target Repeat => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(
            "for i in 1 2 3; do printf 'Again? '; read a; echo \"got $a\"; done",
            new RunOptions { Responders = [new Responder(@"Again\? $", "yes")], Timeout = CommandTimeout })));

        Target Secret => _ => _.Executes(ctx =>
        {
            ctx.Secret("s3cr3t-pw");
            Scenario.Current.Record(ctx.Shell(
                "printf 'Password: '; read pass; echo \"you typed $pass\"",
                new RunOptions { Responders = [new Responder("Password: $", "s3cr3t-pw")], Timeout = CommandTimeout }));
        });
    }

    [PosixFact]
    public async Task Prompts_without_a_newline_are_answered_in_turn()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Prompts>("login")).AssertExitCode(0);

        run.AssertOutputContains("Name: Password: name=alice pass=hunter2\n");
        Assert.Equal("Name: Password: name=alice pass=hunter2\n", scenario.SingleResult().StandardOutput);
    }

    [PosixFact]
    public async Task Prompt_on_standard_error_is_answered()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Prompts>("confirm")).AssertExitCode(0);

        var result = scenario.SingleResult();
        Assert.Equal("answer=y\n", result.StandardOutput);
        Assert.Equal("Continue? [y/N] \n", result.StandardError);
    }

    [PosixFact]
    public async Task Same_prompt_is_answered_each_time_it_appears()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Prompts>("repeat")).AssertExitCode(0);

        Assert.Equal(["Again? got yes", "Again? got yes", "Again? got yes"], scenario.SingleResult().OutputLines);
    }

    [PosixFact]
    public async Task Answer_that_is_a_secret_is_masked_when_echoed_back()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Prompts>("secret")).AssertExitCode(0);

        run.AssertOutputContains("Password: you typed ***\n");
        run.AssertOutputLacks("s3cr3t-pw");
        Assert.Equal("Password: you typed ***\n", scenario.SingleResult().StandardOutput);
    }
}
