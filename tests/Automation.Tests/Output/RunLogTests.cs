using Automation.Output.Log;
using Automation.Tests.Support;

namespace Automation.Tests.Output;

/// <summary>build.log keeps the last runs (build.log, build.1.log ... build.4.log), each capped in size.</summary>
public sealed class RunLogTests
{
    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly int Run = 0;

        Target Say => _ => _.Executes(ctx => ctx.Info($"this is run {Run}"));
    }

    [Fact]
    public void Each_run_moves_the_older_logs_up_and_the_oldest_beyond_five_is_dropped()
    {
        using var repo = new TestRepository();

        for (var run = 1; run <= 7; run++)
        {
            Assert.Equal(0, BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "say", "--run", $"{run}").ExitCode);
        }

        var folder = Path.GetDirectoryName(repo.LogPath)!;
        Assert.Equal(
            ["build.1.log", "build.2.log", "build.3.log", "build.4.log", "build.log"],
            Directory.GetFiles(folder, "build*.log").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        for (var back = 0; back < RunLog.KeptRuns; back++)
        {
            var log = File.ReadAllText(RunLog.PathOf(repo.LogPath, back));
            Assert.Contains($"this is run {7 - back}\n", log.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains("Build succeeded", log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_usage_error_is_a_run_too()
    {
        using var repo = new TestRepository();

        BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "say", "--run", "1");
        BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "sya");

        Assert.Contains("Unknown target 'sya'", File.ReadAllText(repo.LogPath), StringComparison.Ordinal);
        Assert.Contains("this is run 1", File.ReadAllText(RunLog.PathOf(repo.LogPath, 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Capped_log_says_where_it_stops_and_still_takes_the_summary()
    {
        using var text = new StringWriter();
        using var log = new CappedWriter(text, maxCharacters: 25);

        log.WriteLine("0123456789");
        log.WriteLine("abcdefghij");
        log.WriteLine("dropped");
        log.Finish();
        log.WriteLine("Build succeeded");

        Assert.Equal(
            $"0123456789{Environment.NewLine}abcdefghij{Environment.NewLine}{CappedWriter.TruncatedLine(25)}{Environment.NewLine}Build succeeded{Environment.NewLine}",
            text.ToString());
    }
}
