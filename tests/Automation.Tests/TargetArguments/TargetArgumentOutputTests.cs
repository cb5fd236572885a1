using Automation.Tests.Docs;
using Automation.Tests.Support;

namespace Automation.Tests.TargetArguments;

/// <summary>
/// A target's help, the list and a run of pyinvoke's example, compared with <c>Expected/*.expected.txt</c>
/// (<c>AUTOMATION_UPDATE_EXPECTED=1</c> rewrites them after an intended change).
/// </summary>
public sealed class TargetArgumentOutputTests
{
    private static string Output(params string[] args)
    {
        var run = BuildHarness.Run<InvokeStyleBuild>(args);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Output;
    }

    [Fact]
    public void Help_of_a_method_target() => ExpectedFile.Match(Output("clean", "--help"), "clean-help");

    [Fact]
    public void Help_of_targets_with_positionals_and_shadowed_parameters() => ExpectedFile.Match(Output("pack", "deploy", "-h"), "pack-deploy-help");

    [Fact]
    public void List_shows_each_targets_arguments() => ExpectedFile.Match(Output("--list"), "list");

    [Fact]
    public void The_pyinvoke_example() => ExpectedFile.Match(Output("clean", "--docs", "build", "--docs"), "clean-docs-build-docs");

    [Theory]
    [InlineData("docs/invoke-style.md")]
    [InlineData("README.md")]
    public void The_page_shows_the_exact_output_of_the_pyinvoke_example(string file)
    {
        // The page shows the run's text between its blank first and last lines, in the block after this sentence.
        const string Introduction = "`./build.sh clean --docs build --docs` prints";
        var page = File.ReadAllText(Path.Combine([DocumentationFiles.Root, .. file.Split('/')])).ReplaceLineEndings("\n");
        var start = page.IndexOf(Introduction, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{file} no longer introduces the example's output with '{Introduction}'.");
        var open = page.IndexOf("```\n", start, StringComparison.Ordinal) + 4;
        var shown = page[open..page.IndexOf("```", open, StringComparison.Ordinal)];

        var expected = File.ReadAllText(Path.Combine(DocumentationFiles.Root, "tests", "Automation.Tests", "TargetArguments", "Expected", "clean-docs-build-docs.expected.txt"));

        Assert.Equal(expected.ReplaceLineEndings("\n").Trim('\n'), shown.Trim('\n'));
    }
}
