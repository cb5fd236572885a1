using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// Ctrl+C (SIGINT) or a CI agent's SIGTERM on a build whose command has children and grandchildren: the target is
/// Aborted, the assured target runs, the exit code is 130, and no process of the command's tree survives, by PID.
/// In the sample collection, so its compile never overlaps the other sample's.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class TreeInterruptTests(TreeSampleRepository sample) : IClassFixture<TreeSampleRepository>
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    [LinuxTheory]
    [InlineData("INT", false)]
    [InlineData("INT", true)]
    [InlineData("TERM", false)]
    public async Task Signal_kills_the_whole_tree_and_runs_the_assured_target(string signal, bool toGroup)
    {
        sample.DeleteCleanupMarker();

        // As in the sample's InterruptTests: setsid makes the build lead its own process group (Ctrl+C in a terminal
        // signals the whole group); env undoes an inherited ignored SIGINT.
        List<string> launcher = toGroup ? ["setsid"] : [];
        if (signal == "INT" && Signals.IsIgnoredByThisProcess(Signals.Interrupt))
        {
            launcher.AddRange(["env", "--default-signal=INT"]);
        }

        using var build = sample.Start(["tree"], launcher);
        var pidLines = new List<string>();
        try
        {
            foreach (var role in new[] { "shell", "sleep", "inner", "deep" })
            {
                pidLines.Add(await build.WaitForLineAsync(l => l.StartsWith($"tree {role} ", StringComparison.Ordinal), StepTimeout));
            }

            await Signals.SendAsync(toGroup ? -build.Id : build.Id, signal);
            var result = await build.WaitForExitAsync(StepTimeout);

            result.AssertExitCode(130);
            Summary.AssertStatus(result.StandardOutput, "tree", "Aborted");
            Summary.AssertStatus(result.StandardOutput, "cleanup", "Succeeded");
            Assert.Matches(@"(?m)^Build failed in [0-9.]+ s \(interrupted\)$", result.StandardOutput);
            Assert.True(File.Exists(sample.CleanupMarker), $"The assured cleanup target did not run.{Environment.NewLine}{result}");
            await SleepingTree.AssertAllGoneAsync(string.Join('\n', pidLines), TimeSpan.FromSeconds(5));
        }
        finally
        {
            SleepingTree.KillSurvivors(string.Join('\n', pidLines));
        }
    }
}
