namespace Automation.IntegrationTests.Sample;

/// <summary>Running targets for real: a command, a failure with an assured cleanup, a dry run.</summary>
[Collection(SampleCollection.Name)]
public sealed class TargetRunTests(SampleRepository sample)
{
    [Fact]
    public async Task Successful_target_runs_its_command_and_prints_the_summary()
    {
        var result = (await sample.RunAsync("version")).AssertExitCode(0);

        Assert.Contains("> dotnet --version", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\d+\.\d+\.\d+", result.StandardOutput);
        Summary.AssertStatus(result.StandardOutput, "version", "Succeeded");
        Assert.Contains("Build succeeded in ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Build succeeded in ", sample.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_target_exits_1_leaves_dependents_not_run_and_runs_the_assured_target()
    {
        sample.DeleteCleanupMarker();

        var result = (await sample.RunAsync("publish")).AssertExitCode(1);

        Assert.Contains("sample failure on purpose", result.StandardError, StringComparison.Ordinal);
        Summary.AssertStatus(result.StandardOutput, "fail", "Failed");
        Summary.AssertStatus(result.StandardOutput, "publish", "NotRun");
        Summary.AssertStatus(result.StandardOutput, "cleanup", "Succeeded");
        Assert.Contains("Build failed in ", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("publishing", result.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(sample.CleanupMarker), "The assured cleanup target did not write its marker.");
    }

    [Fact]
    public async Task Dry_run_echoes_the_command_without_starting_it()
    {
        sample.DeleteCleanupMarker();

        var result = (await sample.RunAsync("slow", "--dry-run")).AssertExitCode(0);

        Assert.Contains("[dry-run] > sleep 60", result.StandardOutput, StringComparison.Ordinal);
        Assert.True(result.Duration < TimeSpan.FromSeconds(30), $"A dry run took {result.Duration}: did it sleep?");
        Summary.AssertStatus(result.StandardOutput, "slow", "Succeeded");
        Assert.False(File.Exists(sample.CleanupMarker), "The cleanup target saw IsDryRun false.");
    }
}
