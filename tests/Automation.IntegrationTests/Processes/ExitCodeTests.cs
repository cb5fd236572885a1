namespace Automation.IntegrationTests.Processes;

/// <summary>Exit codes: non-zero fails, <see cref="RunOptions.Warn"/> turns that into a warning, <see cref="RunOptions.AcceptedExitCodes"/> widens success.</summary>
public sealed class ExitCodeTests
{
    private sealed class Exits : AutomationBuild
    {
        [Parameter] readonly int Code = 0;

        Target Plain => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell($"exit {Code}")));

        Target Warned => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell($"exit {Code}", new RunOptions { Warn = true })));

        Target Accepted => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell($"exit {Code}", new RunOptions { AcceptedExitCodes = [0, 3] })));

        Target Signalled => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell("kill -TERM $$")));
    }

    [PosixFact]
    public async Task Zero_succeeds_and_the_result_has_it()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Exits>("plain", "--code", "0")).AssertExitCode(0).AssertStatus("plain", "Succeeded");

        Assert.Equal(0, scenario.SingleResult().ExitCode);
    }

    [PosixFact]
    public async Task Non_zero_fails_the_target_with_the_code_in_the_message()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("plain", "--code", "7")).AssertExitCode(1);

        run.AssertStatus("plain", "Failed");
        run.AssertOutputContains("Target 'plain' failed: Command failed (exit code 7): /bin/sh -c \"exit 7\"");
        Assert.Empty(scenario.Results);
    }

    [PosixFact]
    public async Task Warn_reports_the_code_as_a_warning_and_returns_it()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("warned", "--code", "5")).AssertExitCode(0);

        run.AssertStatus("warned", "Succeeded");
        run.AssertOutputContains("warning: Command exited with code 5 (ignored, warn is set): /bin/sh -c \"exit 5\"\n");
        Assert.Equal(5, scenario.SingleResult().ExitCode);
    }

    [PosixFact]
    public async Task Warn_is_a_native_warning_on_CI()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("warned", "--code", "5", "--host", "github-actions")).AssertExitCode(0);

        run.AssertOutputContains("::warning title=sh::Command exited with code 5 (ignored, warn is set): /bin/sh -c \"exit 5\"\n");
    }

    [PosixFact]
    public async Task Warn_with_a_zero_code_warns_nothing()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("warned", "--code", "0")).AssertExitCode(0);

        run.AssertOutputLacks("warning:");
    }

    [PosixTheory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Accepted_code_succeeds_without_a_warning(int code)
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("accepted", "--code", code.ToString(System.Globalization.CultureInfo.InvariantCulture))).AssertExitCode(0);

        run.AssertStatus("accepted", "Succeeded");
        run.AssertOutputLacks("warning");
        Assert.Equal(code, scenario.SingleResult().ExitCode);
    }

    [PosixFact]
    public async Task Code_outside_the_accepted_ones_fails()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("accepted", "--code", "4")).AssertExitCode(1);

        run.AssertOutputContains("Command failed (exit code 4)");
    }

    [PosixFact]
    public async Task Command_killed_by_a_signal_fails_with_128_plus_the_signal()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Exits>("signalled")).AssertExitCode(1);

        run.AssertOutputContains("Command failed (exit code 143)");
    }
}
