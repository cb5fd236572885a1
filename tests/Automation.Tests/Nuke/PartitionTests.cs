using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's <c>Partition</c>: a job's share of a list when a CI system runs it several times in parallel.</summary>
public sealed class PartitionTests
{
    private sealed class Partitioned : AutomationBuild
    {
        [Partition(3)]
        readonly Partition TestPartition = null!;

        Target Test => _ => _.Partition(3).Executes(() =>
            Trace.Record($"member {TestPartition}: {string.Join(",", TestPartition.GetCurrent(Projects))}; build {Partition}: {string.Join(",", Partition.GetCurrent(Projects))}"));

        private static string[] Projects => ["a", "b", "c", "d", "e", "f", "g"];
    }

    [PartitionSizes]
    private sealed class Declared : AutomationBuild
    {
        Target Test => _ => _.Partition(2).Executes(() => { });

        Target Pack => _ => _.Executes(() => { });
    }

    private sealed class PartitionSizesAttribute : BuildExtensionAttributeBase, IOnBuildCreated
    {
        public void OnBuildCreated(IReadOnlyCollection<ExecutableTarget> executableTargets) =>
            Trace.Record(string.Join(", ", executableTargets.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => $"{t.Name} {t.PartitionSize?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}")));
    }

    [Theory]
    [InlineData(1, "a,d,g")]
    [InlineData(2, "b,e")]
    [InlineData(3, "c,f")]
    public void Each_part_takes_every_nth_item_from_its_own(int part, string expected) =>
        Assert.Equal(expected, string.Join(",", Partition.Parse($"{part}/3").GetCurrent(["a", "b", "c", "d", "e", "f", "g"])));

    [Fact]
    public void The_single_partition_is_everything()
    {
        Assert.Equal(["a", "b"], Partition.Single.GetCurrent(["a", "b"]));
        Assert.True(Partition.Single.IsIn(2));
        Assert.False(Partition.Parse("1/2").IsIn(2));
        Assert.Equal("2/5", Partition.Parse("2/5").ToString());
    }

    [Theory]
    [InlineData("3/2", "the part must be from 1 to the total (2)")]
    [InlineData("0/2", "the part must be from 1 to the total (2)")]
    [InlineData("two", "is not 'part/total'")]
    public void Bad_partition_text_says_what_is_wrong(string text, string message) =>
        Assert.Contains(message, Assert.Throws<FormatException>(() => Partition.Parse(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Without_a_partition_a_run_takes_everything()
    {
        var run = BuildHarness.Run<Partitioned>("test");

        Assert.Equal(["member 1/1: a,b,c,d,e,f,g; build 1/1: a,b,c,d,e,f,g"], run.Trace);
    }

    [Fact]
    public void The_member_part_comes_from_its_parameter()
    {
        var run = BuildHarness.Run<Partitioned>("test", "--test-partition", "2");

        Assert.Equal(["member 2/3: b,e; build 1/1: a,b,c,d,e,f,g"], run.Trace);
    }

    [Fact]
    public void GitLab_parallel_jobs_give_each_job_its_part()
    {
        var run = BuildHarness.Run<Partitioned>(new BuildOptions { Variables = new Dictionary<string, string> { ["GITLAB_CI"] = "true", ["CI_NODE_INDEX"] = "3", ["CI_NODE_TOTAL"] = "3" } }, "test");

        Assert.Equal(["member 3/3: c,f; build 3/3: c,f"], run.Trace);
    }

    [Fact]
    public void The_partition_variable_sets_the_builds_partition()
    {
        var run = BuildHarness.Run<Partitioned>(new BuildOptions { Variables = new Dictionary<string, string> { ["PARTITION"] = "2/3", ["SYSTEM_JOBPOSITIONINPHASE"] = "1", ["SYSTEM_TOTALJOBSINPHASE"] = "3" } }, "test");

        Assert.Equal(["member 2/3: b,e; build 2/3: b,e"], run.Trace);
    }

    [Fact]
    public void A_CI_split_that_does_not_match_the_member_is_a_warning_naming_both()
    {
        var run = BuildHarness.Run<Partitioned>(new BuildOptions { Variables = new Dictionary<string, string> { ["TF_BUILD"] = "True", ["SYSTEM_JOBPOSITIONINPHASE"] = "1", ["SYSTEM_TOTALJOBSINPHASE"] = "2" } }, "test");

        Assert.Contains("This run is part 1/2 (--partition or the CI system), but [Partition(3)] on TestPartition expects 3 parts", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_declares_how_many_jobs_share_it() =>
        Assert.Equal(["pack -, test 2"], BuildHarness.Run<Declared>("pack").Trace);
}
