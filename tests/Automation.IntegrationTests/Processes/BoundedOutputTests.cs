using System.Text.RegularExpressions;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A real command that prints more than a result keeps: the result holds the tail, the whole sits in
/// <c>.nuke/temp/output/</c>, and the failure message names that file.
/// </summary>
public sealed partial class BoundedOutputTests
{
    // 8 MB of whole 100-character lines: about twice what a result keeps of a stream.
    private const int Bytes = 80_000 * 100;

    private sealed class Chatty : AutomationBuild
    {
        Target Flood => _ => _.Executes(ctx =>
        {
            var result = ctx.Shell($"yes '{new string('x', 99)}' 2>/dev/null | head -c {Bytes}; echo 'last line'", new RunOptions { Hide = OutputHiding.Both });
            Scenario.Current.Record(result);
        });

        // The cause goes to stdout like the flood before it: lines of two pipes reach the file in whatever order
        // their readers get them, so only one stream has a defined last line.
        Target Fail => _ => _.Executes(ctx => ctx.Shell($"yes '{new string('y', 99)}' 2>/dev/null | head -c {Bytes}; echo 'the cause'; exit 3", new RunOptions { Hide = OutputHiding.Both }));
    }

    [PosixFact]
    public async Task Result_keeps_the_tail_and_points_to_the_whole_output()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Chatty>("flood")).AssertExitCode(0);

        var result = Assert.Single(scenario.Results);
        Assert.True(result.IsTruncated);
        Assert.InRange(result.StandardOutput.Length, 1, 4 * 1024 * 1024);
        Assert.EndsWith("\nlast line\n", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(scenario.PathOf(Path.Combine(".nuke", "temp", "output", "flood-1.log")), result.OutputFile);
        Assert.Equal(Bytes + "last line\n".Length, new FileInfo(result.OutputFile!).Length);
    }

    [PosixFact]
    public async Task Failure_message_names_the_file_and_ends_with_the_last_lines()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Chatty>("fail")).AssertExitCode(1);

        var file = scenario.PathOf(Path.Combine(".nuke", "temp", "output", "fail-1.log"));
        run.AssertOutputContains($"Its whole output is in {file}");
        run.AssertOutputContains("the cause");
        Assert.Equal("the cause", File.ReadLines(file).Last());
        Assert.Matches(LastLines(), run.Output);
    }

    [GeneratedRegex(@"Last 20 lines of its output:\n(y{99}\n){19}the cause\n")]
    private static partial Regex LastLines();
}
