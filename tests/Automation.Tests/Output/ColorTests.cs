using System.Text.RegularExpressions;
using Automation.Tests.Hosts;
using Automation.Tests.Support;

namespace Automation.Tests.Output;

public sealed partial class ColorTests
{
    [Fact]
    public void Terminal_with_colour_paints_headings_statuses_and_closing_line()
    {
        var run = BuildHarness.Run<BrokenSampleBuild>(new BuildOptions { Color = true }, ["--host", "terminal", .. SampleBuild.Targets]);
        var output = run.Visible();

        Assert.Contains("\n<ESC>[1;36m── restore ─", output, StringComparison.Ordinal);
        Assert.Contains("\n<ESC>[33mwarning: NU1603: Package 'Serilog' 4.0 was not found; using 4.0.1<ESC>[0m\n", output, StringComparison.Ordinal);
        Assert.Contains("\n<ESC>[1;31merror: Target 'compile' failed: compile broke: CS0103<ESC>[0m\n", output, StringComparison.Ordinal);
        Assert.Contains("\nrestore   <ESC>[32mSucceeded<ESC>[0m ", output, StringComparison.Ordinal);
        Assert.Contains("\ncompile   <ESC>[1;31mFailed<ESC>[0m ", output, StringComparison.Ordinal);
        Assert.Contains("\ntest      <ESC>[33mNotRun<ESC>[0m\n", output, StringComparison.Ordinal);
        Assert.Contains("\npack      <ESC>[90mSkipped (condition false: Packing)<ESC>[0m\n", output, StringComparison.Ordinal);
        Assert.EndsWith("\n<ESC>[1;31mBuild failed in 0.0 s<ESC>[0m\n", output, StringComparison.Ordinal);
        Assert.Contains("<ESC>[32mBuild succeeded in 0.0 s<ESC>[0m", BuildHarness.Run<SampleBuild>(new BuildOptions { Color = true }, "test").Visible(), StringComparison.Ordinal);
    }

    [Fact]
    public void Colour_only_adds_escapes_to_the_plain_text()
    {
        var colored = BuildHarness.Run<BrokenSampleBuild>(new BuildOptions { Color = true }, ["--host", "terminal", .. SampleBuild.Targets]);
        var plain = BuildHarness.Run<BrokenSampleBuild>(["--host", "terminal", .. SampleBuild.Targets]);

        Assert.Equal(plain.Output, AnsiSequence().Replace(colored.Output, string.Empty));
    }

    [Theory]
    [InlineData(false, new string[0], null)]
    [InlineData(true, new[] { "--no-color" }, null)]
    [InlineData(true, new string[0], "1")]
    public void Terminal_without_colour_writes_no_escapes(bool outputSupportsColor, string[] extraArguments, string? noColor)
    {
        var variables = noColor is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NO_COLOR"] = noColor };
        var options = new BuildOptions { Color = outputSupportsColor, Variables = variables };

        var run = BuildHarness.Run<BrokenSampleBuild>(options, ["--host", "terminal", .. extraArguments, .. SampleBuild.Targets]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
    }

    [GeneratedRegex(@"\u001b\[[0-9;]*m")]
    private static partial Regex AnsiSequence();
}
