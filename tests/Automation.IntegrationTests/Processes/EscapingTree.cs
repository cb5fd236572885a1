using System.Globalization;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A shell script whose tree has the members a naive kill misses: one that cleared its environment (<c>env -i</c>),
/// one that started a new session (<c>setsid</c>), and one backgrounded by a shell that then exits (an orphan,
/// re-parented away from the tree; with <c>orphanClearsEnvironment</c> it also clears its environment). Each writes
/// its PID to <c>&lt;role&gt;.pid</c> in a folder (atomically, through a rename) before it turns into a sleep.
/// </summary>
public static class EscapingTree
{
    public static readonly IReadOnlyList<string> Roles = ["cleared", "session", "orphan"];

    public static string Script(string folder, int seconds, bool orphanClearsEnvironment = false) =>
        $"d='{folder}'; s=$(command -v sleep); mkdir -p \"$d\"; "
        + "p='echo $$ > \"$0/$1.tmp\" && mv \"$0/$1.tmp\" \"$0/$1.pid\" && exec \"$2\" \"$3\"'; "
        + $"env -i /bin/sh -c \"$p\" \"$d\" cleared \"$s\" {seconds} & "
        + $"setsid /bin/sh -c \"$p\" \"$d\" session \"$s\" {seconds + 1} & "
        + $"/bin/sh -c '{(orphanClearsEnvironment ? "env -i " : string.Empty)}/bin/sh -c \"$0\" \"$1\" orphan \"$2\" \"$3\" & exit 0' \"$p\" \"$d\" \"$s\" {seconds + 2}; "
        + "wait";

    /// <summary>Waits for the three PID files (the tree is complete) and returns each member as it runs now.</summary>
    public static async Task<IReadOnlyList<Member>> WaitForMembersAsync(string folder, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Roles.All(role => File.Exists(Path.Combine(folder, role + ".pid"))))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The escaping tree in {folder} did not write its PID files within {timeout.TotalSeconds} s.");
            }

            await Task.Delay(25);
        }

        return [.. Roles.Select(role =>
        {
            var pid = int.Parse(File.ReadAllText(Path.Combine(folder, role + ".pid")).Trim(), CultureInfo.InvariantCulture);
            return new Member(role, pid, Stat.Read(pid)?.StartTime ?? -1);
        })];
    }

    /// <summary>
    /// Waits until every member is gone: no process with its PID and start time, or one that is a zombie of neither
    /// this process nor <paramref name="buildPid"/> (init reaps it; a zombie of ours would pile up). Fails naming the survivors.
    /// </summary>
    public static async Task AssertGoneAsync(IReadOnlyList<Member> members, TimeSpan timeout, int? buildPid = null)
    {
        var ours = new[] { Environment.ProcessId, buildPid ?? Environment.ProcessId };
        var deadline = DateTime.UtcNow + timeout;
        List<string> alive;
        while ((alive = [.. members.Where(m => IsAlive(m, ours)).Select(m => $"{m.Role} {m.Pid} ({Stat.Read(m.Pid)})")]).Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                KillSurvivors(members);
                Assert.Fail($"Still there {timeout.TotalSeconds} s after the kill: {string.Join(", ", alive)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Kills what is left (after a failed test), so no sleep outlives the test run.</summary>
    public static void KillSurvivors(IEnumerable<Member> members)
    {
        foreach (var member in members.Where(m => Stat.Read(m.Pid) is { IsZombie: false } stat && stat.StartTime == m.StartTime))
        {
            try
            {
                using var process = System.Diagnostics.Process.GetProcessById(member.Pid);
                process.Kill();
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Gone meanwhile.
            }
        }
    }

    private static bool IsAlive(Member member, int[] ours) =>
        Stat.Read(member.Pid) is { } stat && stat.StartTime == member.StartTime && (!stat.IsZombie || ours.Contains(stat.ParentPid));

    public sealed record Member(string Role, int Pid, long StartTime);

    /// <summary>What <c>/proc/&lt;pid&gt;/stat</c> says, read here rather than with the engine's own reader under test.</summary>
    private sealed record Stat(char State, int ParentPid, long StartTime)
    {
        public bool IsZombie => State is 'Z' or 'X';

        public static Stat? Read(int pid)
        {
            string text;
            try
            {
                text = File.ReadAllText($"/proc/{pid}/stat");
            }
            catch (IOException)
            {
                return null;
            }

            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return new Stat(fields[0][0], int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[19], CultureInfo.InvariantCulture));
        }
    }
}
