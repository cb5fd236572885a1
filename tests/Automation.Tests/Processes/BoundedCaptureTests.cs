using Automation.Processes;

namespace Automation.Tests.Processes;

/// <summary>
/// However much a command prints, its result keeps the tail of each stream; the whole goes, masked and in the order it
/// came, to a file the result points to, and diagnostics are collected from all of it.
/// </summary>
public sealed class BoundedCaptureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("bounded-capture-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Output_within_the_limits_is_kept_whole_and_writes_no_file()
    {
        using var output = new ToolOutput("terminal");
        var capture = new CommandCapture(output.Output, new RunOptions(), _folder, "compile");

        capture.Line("out", isError: false);
        capture.Line("err", isError: true);
        var result = capture.Result("tool", 0, TimeSpan.Zero);

        Assert.Equal(("out\n", "err\n", false, null), (result.StandardOutput, result.StandardError, result.IsTruncated, result.OutputFile));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public void Longer_output_keeps_the_tail_in_memory_and_the_whole_masked_and_in_order_in_a_file()
    {
        using var output = new ToolOutput("terminal");
        output.Masker.Add("s3cr3t-pw");
        var capture = new CommandCapture(output.Output, new RunOptions { Hide = OutputHiding.Both }, _folder, "compile");
        var line = new string('x', 999);
        var count = (OutputTail.MaxCharacters / 1000) + 500;

        capture.Line("src/A.cs(1,2): warning CS0168: first s3cr3t-pw", isError: false);
        capture.Line("early error line", isError: true);
        for (var i = 0; i < count; i++)
        {
            capture.Line(line, isError: false);
        }

        capture.Line("last s3cr3t-pw", isError: false);
        var result = capture.Result("tool", 0, TimeSpan.Zero);

        Assert.True(result.IsTruncated);
        Assert.InRange(result.StandardOutput.Length, OutputTail.MaxCharacters - 1000, OutputTail.MaxCharacters);
        Assert.EndsWith(line + "\nlast ***\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal("early error line\n", result.StandardError);
        Assert.Equal(Path.Combine(_folder, "compile-1.log"), result.OutputFile);
        var whole = File.ReadAllLines(result.OutputFile!);
        Assert.Equal(count + 3, whole.Length);
        Assert.Equal(["src/A.cs(1,2): warning CS0168: first ***", "early error line", line], whole[..3]);
        Assert.Equal("last ***", whole[^1]);
        Assert.DoesNotContain("s3cr3t", File.ReadAllText(result.OutputFile!), StringComparison.Ordinal);
        Assert.Equal("CS0168", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Line_limit_holds_for_many_short_lines()
    {
        using var output = new ToolOutput("terminal");
        var capture = new CommandCapture(output.Output, new RunOptions { Hide = OutputHiding.Both }, _folder, "test");

        for (var i = 1; i <= OutputTail.MaxLines + 10; i++)
        {
            capture.Line(i.ToString(System.Globalization.CultureInfo.InvariantCulture), isError: false);
        }

        var result = capture.Result("tool", 0, TimeSpan.Zero);

        Assert.Equal(OutputTail.MaxLines, result.OutputLines.Count);
        Assert.Equal("11", result.OutputLines[0]);
        Assert.Equal(OutputTail.MaxLines + 10, File.ReadLines(result.OutputFile!).Count());
    }

    [Fact]
    public void The_folder_keeps_the_newest_files_and_never_overwrites_one()
    {
        var paths = Enumerable.Range(0, OutputFiles.Kept + 5).Select(_ =>
        {
            var (path, writer) = OutputFiles.Create(_folder, "pack");
            writer.Dispose();
            return path;
        }).ToList();

        Assert.Equal(paths.Count, paths.Distinct().Count());
        Assert.Equal(OutputFiles.Kept, Directory.EnumerateFiles(_folder).Count());
        Assert.True(File.Exists(paths[^1]));
    }

    [Fact]
    public void Failure_message_names_the_file_with_the_whole_output()
    {
        var result = new CommandResult("tool", 3, "tail\n", string.Empty, TimeSpan.Zero) { IsTruncated = true, OutputFile = "/repo/.nuke/temp/output/pack-1.log" };

        var exception = new ProcessFailedException(result, "/repo", "exit code 3", ["tail"]);

        Assert.Contains($"Its whole output is in /repo/.nuke/temp/output/pack-1.log{Environment.NewLine}", exception.Message, StringComparison.Ordinal);
    }
}
