namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A failed command throws <see cref="ProcessFailedException"/>: its message has the echoed command, the exit code, the
/// directory and, when output was hidden, the last 20 lines of it; the target fails and the summary says why.
/// </summary>
public sealed class FailureMessageTests
{
    private const string Script = "i=1; while [ $i -le 30 ]; do printf 'row %02d\\n' $i; i=$((i+1)); done; exit 3";

    private sealed class Failing : AutomationBuild
    {
        [Parameter] readonly OutputHiding Hide = OutputHiding.Both;

        Target Caught => _ => _.Executes(ctx =>
        {
            using (ctx.Cd("sub"))
            {
                Scenario.Current.RecordFailure(() => ctx.Shell(Script, new RunOptions { Hide = Hide }));
            }
        });

        Target Noisy => _ => _.Executes(ctx => ctx.Shell(Script, new RunOptions { Hide = Hide }));
    }

    [PosixFact]
    public async Task Message_has_the_command_exit_code_directory_and_the_last_20_hidden_lines()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(scenario.PathOf("sub"));

        var run = (await InProcessBuild.RunAsync<Failing>("caught")).AssertExitCode(0);

        var exception = scenario.SingleFailure<ProcessFailedException>();
        var message = exception.Message;
        Assert.StartsWith($"Command failed (exit code 3): /bin/sh -c \"i=1; while", message, StringComparison.Ordinal);
        Assert.Contains($"(in {scenario.PathOf("sub")})", message, StringComparison.Ordinal);
        Assert.Contains("Last 20 lines of its output:", message, StringComparison.Ordinal);
        for (var row = 11; row <= 30; row++)
        {
            Assert.Contains($"row {row:00}", message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("row 10", message, StringComparison.Ordinal);
        Assert.Equal(3, exception.ExitCode);
        Assert.Equal(scenario.PathOf("sub"), exception.WorkingDirectory);
        Assert.Equal(30, exception.Result.OutputLines.Count);
        run.AssertOutputLacks("row 01");
    }

    [PosixFact]
    public async Task Shown_output_is_not_repeated_in_the_message()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(scenario.PathOf("sub"));

        var run = (await InProcessBuild.RunAsync<Failing>("caught", "--hide", "None")).AssertExitCode(0);

        var message = scenario.SingleFailure<ProcessFailedException>().Message;
        Assert.DoesNotContain("row 30", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Last", message, StringComparison.Ordinal);
        run.AssertOutputContains("row 01\n");
        run.AssertOutputContains("row 30\n");
    }

    [PosixFact]
    public async Task Target_fails_and_the_output_the_summary_and_the_log_say_why()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Failing>("noisy")).AssertExitCode(1);

        run.AssertStatus("noisy", "Failed");
        run.AssertOutputContains($"Target 'noisy' failed: Command failed (exit code 3): /bin/sh -c ");
        run.AssertOutputContains($"(in {scenario.Root})\nLast 20 lines of its output:\nrow 11\n");
        Assert.Matches(@"(?m)^noisy\s+Failed\s.*Command failed \(exit code 3\)", run.Output);
        Assert.Contains("Last 20 lines of its output:\nrow 11\n", run.Log, StringComparison.Ordinal);
        Assert.Contains("Build failed in ", run.Output, StringComparison.Ordinal);
    }
}
