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
}
