using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>
/// The components declare their inputs and outputs: a second <c>pack</c> with nothing changed runs nothing but the
/// version, a one-line source change runs what depends on source files but not restore, and a deleted package runs
/// pack alone. Real <c>dotnet</c> restore, build, format, test, ReportGenerator and pack on the sample.
/// </summary>
[CiSeconds(90)]
public sealed class IncrementalPipelineTests(IncrementalSample sample) : IClassFixture<IncrementalSample>
{
    private static readonly string[] SourceTargets = ["compile", "lint", "unit-test", "integration-test", "coverage", "pack"];

    [Fact]
    public void The_first_run_runs_every_target()
    {
        var statuses = IncrementalSample.Statuses(sample.First);

        Assert.All(["restore", "version", .. SourceTargets], target => Assert.Equal("Succeeded", statuses[target]));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_is_up_to_date_but_for_the_version()
    {
        var statuses = IncrementalSample.Statuses(sample.Unchanged);

        Assert.Equal("Succeeded", statuses["version"]);
        Assert.All(["restore", .. SourceTargets], target => Assert.Equal("UpToDate", statuses[target]));
    }

    [Fact]
    public void An_up_to_date_run_shows_what_the_targets_reported_last_time()
    {
        var output = sample.Unchanged.Output;

        Assert.Matches(@"\nunit-test +UpToDate .*2 passed, 0 failed, 1 skipped", output);
        Assert.Matches(@"\ncoverage +UpToDate .*line \d+(\.\d)?%", output);
        Assert.DoesNotContain("\nTests:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_line_source_change_runs_everything_built_from_source_but_not_restore()
    {
        var statuses = IncrementalSample.Statuses(sample.SourceChanged);

        Assert.Equal("UpToDate", statuses["restore"]);
        Assert.All(SourceTargets, target => Assert.Equal("Succeeded", statuses[target]));
    }

    [Fact]
    public void A_deleted_package_runs_pack_alone()
    {
        var statuses = IncrementalSample.Statuses(sample.PackageDeleted);

        Assert.All(["restore", "compile", "lint", "unit-test", "integration-test", "coverage"], target => Assert.Equal("UpToDate", statuses[target]));
        Assert.Equal("Succeeded", statuses["pack"]);
        Assert.Single(Directory.GetFiles(sample.Sample.PathOf("artifacts/packages"), "Sample.Library.*.nupkg"));
    }
}
