using Automation.Cli;
using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary>The public completion entry point: answers from the list a build's run wrote, else from the built-ins.</summary>
public sealed class ShellCompletionTests
{
    private enum Speed
    {
        Slow,
        Fast,
    }

    private sealed class Sample : AutomationBuild
    {
        [Parameter("Speed")] readonly Speed Speed = Speed.Slow;

        Target Cook => _ => _.Executes(() => Trace.Record($"{Speed}"));

        Target Serve => _ => _.DependsOn(Cook).Executes(() => { });
    }

    [Fact]
    public void After_a_run_the_builds_targets_parameters_and_values_are_offered()
    {
        using var repository = new TestRepository();
        Assert.Equal(0, BuildHarness.Run<Sample>(new BuildOptions { Repository = repository }, "--list").ExitCode);
        var root = AbsolutePath.Create(repository.Root);

        Assert.Equal(["serve"], ShellCompletion.Candidates(root, ["cook", "s"]));
        Assert.Equal(["--speed"], ShellCompletion.Candidates(root, ["--spe"]));
        Assert.Equal(["Fast"], ShellCompletion.Candidates(root, ["--speed", "f"]));
    }

    [Fact]
    public void Outside_a_build_only_the_built_in_options_are_offered()
    {
        Assert.Equal(["--verbosity"], ShellCompletion.Candidates(null, ["--verb"]));
        Assert.Empty(ShellCompletion.Candidates(null, ["c"]));
    }
}
