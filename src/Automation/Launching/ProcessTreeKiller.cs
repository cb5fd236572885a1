namespace Automation.Launching;

/// <summary>
/// Kills a process tree without letting any part of it escape: every member is frozen (SIGSTOP) first, the walk is
/// repeated until it finds no new member, and only then is every member killed (SIGKILL). Killing first would orphan
/// the children of the killed (they re-parent and are no longer found below the root), and a member still running
/// could fork a new one meanwhile. Members are found by parent id below the roots, and by a marker in the environment
/// for those that left the tree while keeping it; a member that cleared its environment (<c>env -i</c>) or started a
/// new session (<c>setsid</c>) is still its parent's child, so the walk finds it.
/// </summary>
internal static class ProcessTreeKiller
{
    // A tree that forks faster than it can be walked still ends: each pass freezes all it saw.
    private const int MaxPasses = 64;

    /// <summary>Freezes, then kills, the descendants of the roots, the roots themselves if <paramref name="includeRoots"/>, and the processes whose environment holds <paramref name="marker"/> with their descendants.</summary>
    /// <param name="roots">The processes the tree hangs from, as seen when they started (a root that ended, and whose id was reused, is not one).</param>
    /// <param name="includeRoots">Kill the roots too (not when the root is this process).</param>
    /// <param name="marker">A marker every member's environment inherited, or null.</param>
    /// <returns>What was killed, as first seen (its parent then), for <see cref="OrphanReaper"/>.</returns>
    public static IReadOnlyList<ProcessEntry> Kill(IReadOnlyCollection<ProcessEntry> roots, bool includeRoots, string? marker)
    {
        if (!ProcessTable.IsAvailable)
        {
            return [];
        }

        var needle = marker is null ? null : System.Text.Encoding.ASCII.GetBytes(marker);
        var frozen = new Dictionary<int, ProcessEntry>();
        try
        {
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var found = Members(ProcessTable.Read(), roots, includeRoots, needle, frozen).ToList();
                if (found.Count == 0)
                {
                    break;
                }

                foreach (var member in found)
                {
                    PosixProcess.Signal(member.Pid, PosixProcess.Stop);
                    frozen[member.Pid] = member;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            // The table could not be read (any more): kill what was found. This runs in signal handlers, so it never throws.
        }

        foreach (var member in frozen.Values)
        {
            PosixProcess.Signal(member.Pid, PosixProcess.Kill);
        }

        return [.. frozen.Values];
    }

    /// <summary>Freezes, then kills, every descendant of this process (the build), whichever command or code started it.</summary>
    public static IReadOnlyList<ProcessEntry> KillDescendantsOfThisProcess() =>
        ProcessTable.Find(Environment.ProcessId) is { } self ? Kill([self], includeRoots: false, marker: null) : [];

    // The live processes below the roots (and below marked ones) not frozen yet; this process is never one.
    private static IEnumerable<ProcessEntry> Members(IReadOnlyList<ProcessEntry> table, IReadOnlyCollection<ProcessEntry> roots, bool includeRoots, byte[]? needle, Dictionary<int, ProcessEntry> frozen)
    {
        var self = Environment.ProcessId;
        var children = table.ToLookup(entry => entry.ParentPid);
        var seeds = table.Where(entry => IsRoot(entry, roots) || (needle is not null && entry.Pid != self && !frozen.ContainsKey(entry.Pid) && ProcessTable.Carries(entry.Pid, needle)));
        var seen = new HashSet<int>();
        var pending = new Stack<ProcessEntry>(seeds.Concat(table.Where(entry => frozen.TryGetValue(entry.Pid, out var known) && known.StartTime == entry.StartTime)));
        while (pending.TryPop(out var entry))
        {
            if (!seen.Add(entry.Pid))
            {
                continue;
            }

            foreach (var child in children[entry.Pid])
            {
                pending.Push(child);
            }

            if (entry.Pid != self && !entry.IsZombie && !frozen.ContainsKey(entry.Pid) && (includeRoots || !IsRoot(entry, roots)))
            {
                yield return entry;
            }
        }
    }

    private static bool IsRoot(ProcessEntry entry, IReadOnlyCollection<ProcessEntry> roots) =>
        roots.Any(root => root.Pid == entry.Pid && root.StartTime == entry.StartTime);
}
