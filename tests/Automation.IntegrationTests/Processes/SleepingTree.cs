using System.Globalization;
using System.Text.RegularExpressions;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A shell script that builds a process tree three levels deep and prints every PID in it: the shell (child of the
/// build), a sleeping grandchild, a second shell (grandchild) and its sleeping great-grandchild. Only sleeps ignore
/// nothing: a background job of a non-interactive shell ignores SIGINT, so only killing the tree ends them.
/// </summary>
public static partial class SleepingTree
{
    /// <summary>The script; <paramref name="seconds"/> tells trees of different tests apart.</summary>
    public static string Script(int seconds) =>
        $"echo \"tree shell $$\"; sleep {seconds} & echo \"tree sleep $!\"; "
        + $"/bin/sh -c 'echo \"tree inner $$\"; sleep {seconds + 1} & echo \"tree deep $!\"; wait' & wait";

    /// <summary>Whether all four PIDs have been printed (their order varies).</summary>
    public static bool IsComplete(string output) => Pids(output).Count == 4;

    /// <summary>The PIDs the script printed: shell, sleep, inner (shell), deep (sleep).</summary>
    public static IReadOnlyDictionary<string, int> Pids(string output) =>
        PidLine().Matches(output).ToDictionary(m => m.Groups["role"].Value, m => int.Parse(m.Groups["pid"].Value, CultureInfo.InvariantCulture));

    /// <summary>Waits until every process of the tree is gone; fails naming the survivors.</summary>
    public static async Task AssertAllGoneAsync(string output, TimeSpan timeout)
    {
        var pids = Pids(output);
        Assert.True(pids.Count == 4, $"The tree did not print its 4 PIDs:{Environment.NewLine}{output}");
        var deadline = DateTime.UtcNow + timeout;
        List<string> alive;
        while ((alive = [.. pids.Where(p => IsAlive(p.Value)).Select(p => $"{p.Key} {p.Value} ({ProcessTree.CommandLine(p.Value)})")]).Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                KillSurvivors(output);
                Assert.Fail($"Still running {timeout.TotalSeconds} s after the build ended: {string.Join(", ", alive)}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Alive and still one of ours: a PID reused by another program does not count, nor does a zombie.</summary>
    private static bool IsAlive(int pid)
    {
        var commandLine = ProcessTree.CommandLine(pid);
        return commandLine.StartsWith("sleep ", StringComparison.Ordinal) || commandLine.StartsWith("/bin/sh -c ", StringComparison.Ordinal);
    }

    /// <summary>Kills what is left of a tree (after a failed test), so no sleep outlives the test run.</summary>
    public static void KillSurvivors(string output)
    {
        foreach (var pid in Pids(output).Values.Where(IsAlive))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Gone meanwhile.
            }
            catch (InvalidOperationException)
            {
                // Gone meanwhile.
            }
        }
    }

    [GeneratedRegex(@"^tree (?<role>shell|sleep|inner|deep) (?<pid>\d+)$", RegexOptions.Multiline)]
    private static partial Regex PidLine();
}
