namespace Automation.IntegrationTests.Processes;

/// <summary><see cref="RunOptions.Hide"/> keeps a stream out of the build output while the result still has it.</summary>
public sealed class HideTests
{
    private sealed class Hiding : AutomationBuild
    {
        [Parameter] readonly OutputHiding Hide = OutputHiding.None;

        // The markers are assembled by printf, so the echoed command line does not contain them.
        Target Run => _ => _.Executes(ctx => Scenario.Current.Record(
            ctx.Shell("printf '%s-%s\\n' shown out; printf '%s-%s\\n' shown err >&2", new RunOptions { Hide = Hide })));
    }

    [PosixTheory]
    [InlineData(OutputHiding.None, true, true)]
    [InlineData(OutputHiding.StandardOutput, false, true)]
    [InlineData(OutputHiding.StandardError, true, false)]
    [InlineData(OutputHiding.Both, false, false)]
    public async Task Hidden_stream_is_absent_from_the_output_and_present_in_the_result(OutputHiding hide, bool outShown, bool errShown)
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Hiding>("run", "--hide", hide.ToString())).AssertExitCode(0);

        Assert.Equal(outShown, run.Output.Contains("shown-out\n", StringComparison.Ordinal));
        Assert.Equal(errShown, run.Output.Contains("shown-err\n", StringComparison.Ordinal));
        var result = scenario.SingleResult();
        Assert.Equal("shown-out\n", result.StandardOutput);
        Assert.Equal("shown-err\n", result.StandardError);
        run.AssertOutputContains("> /bin/sh -c ");
        Assert.Contains("shown-out\n", run.Log, StringComparison.Ordinal);
        Assert.Contains("shown-err\n", run.Log, StringComparison.Ordinal);
    }
}
