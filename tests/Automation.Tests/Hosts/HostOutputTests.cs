using Automation.Hosts;
using Automation.Tests.Support;

namespace Automation.Tests.Hosts;

public sealed class HostOutputTests
{
    public static TheoryData<string> HostNames => [.. HostCatalog.Names];

    [Theory]
    [MemberData(nameof(HostNames))]
    public void Successful_build_renders_in_the_host_syntax(string host)
    {
        var run = BuildHarness.Run<SampleBuild>(["--host", host, .. SampleBuild.Targets]);

        Assert.Equal(0, run.ExitCode);
        ExpectedFile.Match(run.Visible(), $"{host}.success");
    }

    [Theory]
    [MemberData(nameof(HostNames))]
    public void Failed_build_renders_in_the_host_syntax(string host)
    {
        var run = BuildHarness.Run<BrokenSampleBuild>(["--host", host, .. SampleBuild.Targets]);

        Assert.Equal(1, run.ExitCode);
        ExpectedFile.Match(run.Visible(), $"{host}.failure");
    }

    [Theory]
    [MemberData(nameof(HostNames))]
    public void Build_log_has_every_line_a_plain_terminal_shows_in_order_whatever_the_host(string host)
    {
        var terminal = BuildHarness.Run<SampleBuild>(["--host", "terminal", .. SampleBuild.Targets]);
        var run = BuildHarness.Run<SampleBuild>(["--host", host, .. SampleBuild.Targets]);

        // The log is the full record: the terminal's lines in the same order, plus debug details between them.
        var log = Assert.IsType<string>(run.Log).Split('\n');
        var next = 0;
        foreach (var line in terminal.Output.Split('\n'))
        {
            next = Array.IndexOf(log, line, next);
            Assert.True(next >= 0, $"The log lacks the terminal line '{line}' (or has it out of order):\n{run.Log}");
            next++;
        }
    }

    [Theory]
    [MemberData(nameof(HostNames))]
    public void Build_log_of_a_failed_build_has_the_summary_and_no_escapes_or_ci_commands(string host)
    {
        var terminal = BuildHarness.Run<BrokenSampleBuild>(["--host", "terminal", .. SampleBuild.Targets]);
        var run = BuildHarness.Run<BrokenSampleBuild>(["--host", host, .. SampleBuild.Targets]);

        var log = Assert.IsType<string>(run.Log);
        Assert.Equal(Summary(terminal.Output), Summary(log));
        Assert.Contains("error: Target 'compile' failed: compile broke: CS0103\n", log, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: compile broke: CS0103", log, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', log);
        Assert.DoesNotContain('\r', log);
        foreach (var command in (string[])["::", "##[", "##vso[", "##teamcity[", "section_", "travis_fold"])
        {
            Assert.DoesNotContain(command, log, StringComparison.Ordinal);
        }
    }

    private static string Summary(string output) => output[output.IndexOf('═', StringComparison.Ordinal)..];
}
