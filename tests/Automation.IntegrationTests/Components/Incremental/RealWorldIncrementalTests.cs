using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>
/// On a repository shaped like a real one (<see cref="RealWorldSample"/>), a second <c>pack</c> runs nothing but the
/// version: restore's own rewrite of the lock files, coverlet's mapping files in <c>bin/</c> and multi-targeting do not
/// make anything stale; and re-running the unit tests alone leaves compile, and pack, up to date.
/// </summary>
[CiSeconds(65)]
public sealed class RealWorldIncrementalTests(RealWorldSample sample) : IClassFixture<RealWorldSample>
{
    private static readonly string[] EveryTarget = ["restore", "compile", "lint", "unit-test", "integration-test", "coverage", "pack"];

    [Fact]
    public void The_first_run_runs_every_target_and_restore_writes_the_lock_files()
    {
        AssertStatuses(sample.First, "Succeeded", ["version", .. EveryTarget]);
        Assert.True(File.Exists(sample.Sample.PathOf("src/Sample.Library/packages.lock.json")));
        Assert.NotEmpty(Directory.GetFiles(sample.Sample.PathOf("tests/Sample.Tests/bin/Debug/net10.0"), "CoverletSourceRootsMapping_*"));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_is_up_to_date_but_for_the_version()
    {
        AssertStatuses(sample.Unchanged, "Succeeded", ["version"]);
        AssertStatuses(sample.Unchanged, "UpToDate", EveryTarget);
    }

    [Fact]
    public void Re_running_the_unit_tests_leaves_compile_and_pack_up_to_date()
    {
        AssertStatuses(sample.TestsRerun, "Succeeded", ["unit-test"]);
        AssertStatuses(sample.TestsRerun, "UpToDate", ["restore", "compile", "lint", "integration-test", "pack"]);
    }

    private static void AssertStatuses(ComponentRun run, string expected, string[] targets)
    {
        var statuses = IncrementalSample.Statuses(run);
        var wrong = targets.Where(target => statuses.GetValueOrDefault(target) != expected).ToList();
        Assert.True(wrong.Count == 0, $"Not {expected}: {string.Join(", ", wrong)}\n{run.Output}");
    }
}
