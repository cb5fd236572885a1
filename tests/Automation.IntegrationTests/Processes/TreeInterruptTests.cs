using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// Ctrl+C (SIGINT) or a CI agent's SIGTERM on a build whose command has children and grandchildren: the target is
/// Aborted, the assured target runs, the exit code is 130, and no process of the command's tree survives, by PID.
/// In the sample collection, so its compile never overlaps the other sample's.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class TreeInterruptTests(TreeSampleRepository sample)
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

    /// <summary>
    /// The tree has a member that cleared its environment, one in a new session, and an orphan that also cleared its
    /// environment (found only because the build adopts orphans): all are gone by PID after the signal.
    /// </summary>
    [LinuxTheory]
    [InlineData("INT", true)]
    [InlineData("TERM", false)]
    public async Task Signal_kills_members_that_cleared_their_environment_started_a_session_or_were_orphaned(string signal, bool toGroup)
    {
        sample.DeleteEscapeFolders();
        using var build = sample.Start(["escape"], Launcher(signal, toGroup));
        IReadOnlyList<EscapingTree.Member> members = [];
        try
        {
            members = await EscapingTree.WaitForMembersAsync(sample.EscapeFolder("first"), StepTimeout);

            await Signals.SendAsync(toGroup ? -build.Id : build.Id, signal);
            await EscapingTree.AssertGoneAsync(members, TimeSpan.FromSeconds(5), build.Id);
            var result = await build.WaitForExitAsync(StepTimeout);

            result.AssertExitCode(130);
            Summary.AssertStatus(result.StandardOutput, "escape", "Aborted");
        }
        finally
        {
            EscapingTree.KillSurvivors(members);
        }
    }

    /// <summary>
    /// Ctrl+C twice: the first kills the running command's tree and the assured target starts another; the second ends
    /// the build at once, and kills that tree before it goes.
    /// </summary>
    [LinuxFact]
    public async Task Second_interrupt_kills_the_tree_of_the_assured_targets_command_before_the_build_ends()
    {
        sample.DeleteEscapeFolders();
        using var build = sample.Start(["escape"], Launcher("INT", toGroup: true), new Dictionary<string, string?> { ["ESCAPE_TWICE"] = "1" });
        List<EscapingTree.Member> members = [];
        try
        {
            members.AddRange(await EscapingTree.WaitForMembersAsync(sample.EscapeFolder("first"), StepTimeout));
            await Signals.SendAsync(-build.Id, "INT");
            var second = await EscapingTree.WaitForMembersAsync(sample.EscapeFolder("second"), StepTimeout);
            members.AddRange(second);
            // Killed: at most zombies of the build, which cannot tell them from processes .NET started (see OrphanReaper).
            await EscapingTree.AssertGoneAsync(members[..EscapingTree.Roles.Count], TimeSpan.FromSeconds(5));

            await Signals.SendAsync(-build.Id, "INT");
            var result = await build.WaitForExitAsync(StepTimeout);

            result.AssertExitCode(130);
            await EscapingTree.AssertGoneAsync(second, TimeSpan.FromSeconds(5));
        }
        finally
        {
            EscapingTree.KillSurvivors(members);
        }
    }

    // As in the sample's InterruptTests: setsid makes the build lead its own process group (Ctrl+C in a terminal
    // signals the whole group); env undoes an inherited ignored SIGINT.
    private static List<string> Launcher(string signal, bool toGroup)
    {
        List<string> launcher = toGroup ? ["setsid"] : [];
        if (signal == "INT" && Signals.IsIgnoredByThisProcess(Signals.Interrupt))
        {
            launcher.AddRange(["env", "--default-signal=INT"]);
        }

        return launcher;
    }
}
