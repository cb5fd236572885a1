using System.Text;
using Automation.Launching;
using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>A stream read as it arrives: complete lines (without CR/LF) for the output, every chunk for the responders.</summary>
public sealed class OutputPumpTests
{
    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("no newline at the end", new[] { "no newline at the end" })]
    [InlineData("", new string[0])]
    [InlineData("\n", new[] { "" })]
    [InlineData("progress 10%\rprogress 100%\n", new[] { "progress 10%\rprogress 100%" })]
    public async Task Splits_lines_and_passes_every_character_as_text(string text, string[] lines)
    {
        var (seenLines, seenText) = await PumpAsync(text);

        Assert.Equal(lines, seenLines);
        Assert.Equal(text, seenText);
    }

    [Fact]
    public async Task Long_lines_and_multibyte_characters_survive_chunk_boundaries()
    {
        var longLine = string.Concat(Enumerable.Repeat("é€😀x", 5000));

        var (lines, _) = await PumpAsync(longLine + "\nend\n");

        Assert.Equal([longLine, "end"], lines);
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_passed_on_in_pieces_cut_after_whitespace()
    {
        var word = new string('w', 1000) + " ";
        var endless = string.Concat(Enumerable.Repeat(word, (OutputPump.MaxLineLength * 2 / word.Length) + 3));

        var (lines, _) = await PumpAsync(endless + "\nend\n");

        Assert.Equal(endless, string.Concat(lines.SkipLast(1)));
        Assert.All(lines.SkipLast(1), line => Assert.InRange(line.Length, 1, OutputPump.MaxLineLength));
        Assert.All(lines.SkipLast(2), line => Assert.EndsWith(" ", line, StringComparison.Ordinal));
        Assert.Equal("end", lines[^1]);
    }

    private static async Task<(List<string> Lines, string Text)> PumpAsync(string text)
    {
        using var reader = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8);
        var lines = new List<string>();
        var chunks = new StringBuilder();
        await OutputPump.RunAsync(reader, lines.Add, chunk => chunks.Append(chunk));
        return (lines, chunks.ToString());
    }
}
