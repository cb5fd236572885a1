using Automation.CommandLine;
using Automation.Core;
using Automation.Parameters;
using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary><c>--parallel [N]</c>: how many targets may run at once; bare, the processor count; absent, one by one.</summary>
public sealed class ParallelOptionTests
{
    private sealed class Build : AutomationBuild
    {
        Target Pack => _ => _.Executes(() => Trace.Record("pack"));
    }

    private static ParsedCommandLine Parse(params string[] args) => CommandLineParser.Parse(args, ParameterDiscovery.Discover(typeof(Build)), "/work");

    [Fact]
    public void Absent_means_one_by_one() => Assert.Null(Parse("pack").Parallel);

    [Fact]
    public void Bare_means_the_processor_count() => Assert.Equal(Environment.ProcessorCount, Parse("pack", "--parallel").Parallel);

    [Fact]
    public void Bare_before_another_option_means_the_processor_count() =>
        Assert.Equal(Environment.ProcessorCount, Parse("--parallel", "--verbosity", "quiet").Parallel);

    [Theory]
    [InlineData("--parallel", "3")]
    [InlineData("--parallel=3")]
    [InlineData("--Parallel", "3")]
    public void A_number_is_the_limit(params string[] args) => Assert.Equal(3, Parse(["pack", .. args]).Parallel);

    [Theory]
    [InlineData("x")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2.5")]
    [InlineData("pack")]
    public void Anything_but_a_positive_whole_number_is_an_error(string value)
    {
        var message = Assert.Throws<UsageException>(() => Parse("--parallel", value)).Message;

        Assert.StartsWith($"Invalid value '{value}' for --parallel: expected how many targets may run at once", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_value_exits_2_with_the_reason_and_runs_nothing()
    {
        var run = BuildHarness.Run<Build>("pack", "--parallel", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Invalid value 'x' for --parallel", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Trace);
    }

    [Fact]
    public void A_target_after_the_option_is_taken_as_its_value_and_the_error_says_where_targets_go()
    {
        var run = BuildHarness.Run<Build>("--parallel", "pack");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Write targets before options: './build.sh pack --parallel'", run.Output, StringComparison.Ordinal);
    }
}
