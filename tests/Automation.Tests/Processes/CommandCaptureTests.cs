using System.Text;
using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>What one command printed: captured in full and masked, shown unless hidden, the hidden tail kept, prompts answered.</summary>
public sealed class CommandCaptureTests
{
    [Fact]
    public void Lines_are_captured_per_stream_and_shown_in_arrival_order()
    {
        using var output = new ToolOutput("terminal");
        var capture = new CommandCapture(output.Output, new RunOptions(), null, "test");

        capture.Line("out 1", isError: false);
        capture.Line("err 1", isError: true);
        capture.Line("out 2", isError: false);

        Assert.Equal("out 1\nout 2\n", capture.Result("test", 0, TimeSpan.Zero).StandardOutput);
        Assert.Equal("err 1\n", capture.Result("test", 0, TimeSpan.Zero).StandardError);
        Assert.Equal(["out 1", "err 1", "out 2"], output.Lines());
        Assert.Empty(capture.HiddenTail);
    }

    [Theory]
    [InlineData(OutputHiding.StandardOutput, "err")]
    [InlineData(OutputHiding.StandardError, "out")]
    [InlineData(OutputHiding.Both, null)]
    public void Hidden_stream_is_captured_but_not_shown(OutputHiding hide, string? shown)
    {
        using var output = new ToolOutput("terminal");
        var capture = new CommandCapture(output.Output, new RunOptions { Hide = hide }, null, "test");

        capture.Line("out", isError: false);
        capture.Line("err", isError: true);

        Assert.Equal("out\n", capture.Result("test", 0, TimeSpan.Zero).StandardOutput);
        Assert.Equal("err\n", capture.Result("test", 0, TimeSpan.Zero).StandardError);
        Assert.Equal(shown is null ? [] : [shown], output.Lines());
        Assert.Equal(hide == OutputHiding.Both ? ["out", "err"] : new[] { shown == "out" ? "err" : "out" }, capture.HiddenTail);
    }

    [Fact]
    public void Hidden_tail_keeps_the_last_20_lines()
    {
        using var output = new ToolOutput("terminal");
        var capture = new CommandCapture(output.Output, new RunOptions { Hide = OutputHiding.Both }, null, "test");

        for (var i = 1; i <= 30; i++)
        {
            capture.Line($"line {i}", isError: i % 2 == 0);
        }

        Assert.Equal(Enumerable.Range(11, 20).Select(i => $"line {i}"), capture.HiddenTail);
    }

    [Fact]
    public void Secrets_are_masked_in_the_capture_the_output_and_the_tail()
    {
        using var output = new ToolOutput("github-actions");
        output.Masker.Add("s3cr3t-pw");
        var capture = new CommandCapture(output.Output, new RunOptions { Hide = OutputHiding.StandardError }, null, "test");

        capture.Line("token s3cr3t-pw", isError: false);
        capture.Line("src/s3cr3t-pw.cs(1,2): error CS0001: bad s3cr3t-pw", isError: false);
        capture.Line("hidden s3cr3t-pw", isError: true);

        Assert.Equal("token ***\nsrc/***.cs(1,2): error CS0001: bad ***\n", capture.Result("test", 0, TimeSpan.Zero).StandardOutput);
        Assert.Equal("hidden ***\n", capture.Result("test", 0, TimeSpan.Zero).StandardError);
        Assert.Equal(["hidden ***"], capture.HiddenTail);
        Assert.Equal(
            ["token ***", "src/***.cs(1,2): error CS0001: bad ***", "::error file=src/***.cs,line=1,col=2,title=CS0001::CS0001: bad ***"],
            output.Lines());
    }

    [Fact]
    public void Responder_answers_a_prompt_without_a_newline_once_per_prompt()
    {
        using var output = new ToolOutput("terminal");
        using var input = new MemoryStream();
        var capture = new CommandCapture(output.Output, new RunOptions { Responders = [new Responder(@"Password: $", "hunter2")] }, null, "test");
        capture.Input = new StreamWriter(input, new UTF8Encoding(false)) { NewLine = "\n" };

        capture.Text("Pass");
        var beforePrompt = input.Length;
        capture.Text("word: ");
        capture.Text("Wrong. ");
        capture.Text("Password: ");

        Assert.Equal(0, beforePrompt);
        Assert.Equal("hunter2\nhunter2\n", Encoding.UTF8.GetString(input.ToArray()));
    }

    [Fact]
    public void First_matching_responder_wins_and_text_without_a_match_is_not_answered()
    {
        using var output = new ToolOutput("terminal");
        using var input = new MemoryStream();
        var capture = new CommandCapture(output.Output, new RunOptions { Responders = [new Responder("Continue\\?", "yes"), new Responder("\\?", "no")] }, null, "test");
        capture.Input = new StreamWriter(input, new UTF8Encoding(false)) { NewLine = "\n" };

        capture.Text("Working...\n");
        capture.Text("Continue? ");

        Assert.Equal("yes\n", Encoding.UTF8.GetString(input.ToArray()));
    }

    [Fact]
    public void Responder_writing_to_a_closed_input_is_ignored()
    {
        using var output = new ToolOutput("terminal");
        var capture = new CommandCapture(output.Output, new RunOptions { Responders = [new Responder("x", "y")] }, null, "test");
        capture.Input = new StreamWriter(new BrokenStream());

        capture.Text("x");

        Assert.Empty(capture.Result("test", 0, TimeSpan.Zero).StandardOutput);
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Broken pipe");
    }
}
