namespace Automation.Tests.Tools.Processes;

public sealed class StdToTextTests
{
    [Fact]
    public void StdToText_is_the_standard_output_as_one_text_as_in_NUKE()
    {
        OutputLine[] output = [new(OutputType.Std, "first"), new(OutputType.Err, "warning: ignored"), new(OutputType.Std, "second")];

        var text = output.StdToText();

        Assert.Equal($"first{Environment.NewLine}second", text);
    }

    [Fact]
    public void StdToText_of_one_line_is_that_line()
    {
        Assert.Equal("15c5408", new[] { new OutputLine(OutputType.Std, "15c5408") }.StdToText());
    }
}
