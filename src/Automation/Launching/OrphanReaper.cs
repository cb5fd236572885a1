namespace Automation.Launching;

/// <summary>
/// Collects the exit status of killed processes that this process adopted as a child subreaper, so they do not stay
/// zombies until the build ends. Only processes first seen with another parent are reaped: a process .NET started is
/// this process's child from birth, and .NET collects those itself (reaping one of them under it would break it).
/// </summary>
internal static class OrphanReaper
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    /// <summary>Waits, at most <paramref name="limit"/>, until every killed process is gone, reaping those that became zombies of ours.</summary>
    public static async Task ReapAsync(IReadOnlyList<ProcessEntry> killed, TimeSpan limit)
    {
        if (!OperatingSystem.IsLinux() || killed.Count == 0)
        {
            return;
        }

        var self = Environment.ProcessId;
        var killedPids = killed.Select(entry => entry.Pid).ToHashSet();
        var pending = killed.Where(entry => entry.ParentPid != self).ToList();
        var deadline = DateTime.UtcNow + limit;
        pending.RemoveAll(entry => IsSettled(entry, self, killedPids));
        while (pending.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(PollInterval, CancellationToken.None).ConfigureAwait(false);
            pending.RemoveAll(entry => IsSettled(entry, self, killedPids));
        }
    }

    private static bool IsSettled(ProcessEntry killed, int self, HashSet<int> killedPids)
    {
        if (ProcessTable.Find(killed.Pid) is not { } now || now.StartTime != killed.StartTime)
        {
            return true;
        }

        if (!now.IsZombie)
        {
            return false;
        }

        // A zombie whose parent was killed too re-parents to us (or init) once that parent is gone: wait for it.
        return now.ParentPid == self ? PosixProcess.TryReap(killed.Pid) : !killedPids.Contains(now.ParentPid);
    }
}
