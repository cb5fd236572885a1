using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>NUKE's <c>--partition 2/3</c>: the part a CI job runs, read by <c>Partition</c> and <c>[Partition(n)]</c>.</summary>
public sealed class PartitionOptionTests
{
    [Fact]
    public void The_option_gives_the_build_and_the_injected_member_their_part()
    {
        var run = BuildHarness.Run<SplitBuild>("test", "--partition", "2/3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["2/3 2/3 b,e"], run.Trace);
    }

    [Fact]
    public void The_option_wins_over_the_environment()
    {
        var run = BuildHarness.Run<SplitBuild>(new BuildOptions { Variables = new Dictionary<string, string> { ["PARTITION"] = "1/3" } }, "test", "--partition=3/3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["3/3 3/3 c,f"], run.Trace);
    }

    [Theory]
    [InlineData("4/3", "Invalid value '4/3' for --partition: Partition '4/3': the part must be from 1 to the total (3).")]
    [InlineData("0/3", "Invalid value '0/3' for --partition: Partition '0/3': the part must be from 1 to the total (3).")]
    [InlineData("two", "Invalid value 'two' for --partition: Partition 'two' is not 'part/total' (e.g. '2/3').")]
    public void A_part_that_is_not_one_of_the_total_is_a_usage_error_naming_the_form(string value, string message)
    {
        var run = BuildHarness.Run<SplitBuild>("test", "--partition", value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Output, StringComparison.Ordinal);
        Assert.Contains("Give this job's part and the number of parts, e.g. --partition 2/3.", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Trace);
    }

    [Fact]
    public void A_total_other_than_the_member_s_is_a_warning_naming_both()
    {
        var run = BuildHarness.Run<SplitBuild>("test", "--partition", "1/2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("This run is part 1/2 (--partition or the CI system), but [Partition(3)] on TestPartition expects 3 parts: make them the same.", run.Output, StringComparison.Ordinal);
        Assert.Equal(["1/2  a,c,e"], run.Trace);
    }

    private sealed class SplitBuild : AutomationBuild
    {
        [Partition(3)]
        readonly Partition? TestPartition = null;

        Target Test => _ => _.Executes(() => Trace.Record($"{Partition} {TestPartition} {string.Join(',', Partition.GetCurrent(["a", "b", "c", "d", "e", "f"]))}"));
    }
}
