using System.ComponentModel;
using System.Diagnostics;

namespace Automation.Launching;

/// <summary>
/// A running command and every process it started, to kill on timeout or interrupt: on Linux and macOS found from
/// the command's process down (and by the marker its environment carries), frozen, then killed; on Windows held in a
/// job object. Killing is safe from a cancellation callback (it never throws) and may happen more than once.
/// </summary>
internal sealed class ProcessTree : IDisposable
{
    // Killed processes are gone within milliseconds; this bounds the wait for a stuck one (uninterruptible I/O).
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(1);

    private readonly Process _process;
    private readonly string? _marker;
    private readonly ProcessEntry? _root;
    private readonly WindowsJob? _job;
    private readonly Lock _lock = new();
    private readonly List<ProcessEntry> _killed = [];
    private readonly OrphanCollector? _orphans;

    private ProcessTree(Process process, string? marker)
    {
        _process = process;
        _marker = marker;
        _root = ProcessTable.Find(process.Id);
        _job = OperatingSystem.IsWindows() ? WindowsJob.Hold(process) : null;
        _orphans = marker is null ? null : OrphanCollector.Current;
        _orphans?.Launched(marker!, _root);
    }

    /// <summary>Starts tracking a command that has just started; <paramref name="marker"/> is in its environment unless it was replaced (then null).</summary>
    public static ProcessTree Track(Process process, string? marker) => new(process, marker);

    /// <summary>Kills the whole tree now; returns how many processes were killed (where that can be told).</summary>
    public int Kill()
    {
        var killed = ProcessTreeKiller.Kill(_root is { } root ? [root] : [], includeRoots: true, _marker);
        lock (_lock)
        {
            _killed.AddRange(killed);
        }

        if (OperatingSystem.IsWindows())
        {
            _job?.Terminate();
        }

        // .NET's own walk: all there is where no process table can be read (or the job could not be made), and a
        // no-op once the tree is dead.
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already exited, or a descendant that is not ours to kill.
        }

        return killed.Count;
    }

    /// <summary>Waits until what was killed is gone, reaping what this process adopted.</summary>
    public Task SettleAsync()
    {
        List<ProcessEntry> killed;
        lock (_lock)
        {
            killed = [.. _killed];
        }

        return OrphanReaper.ReapAsync(killed, SettleLimit);
    }

    /// <summary>The command's own process has ended: what it left running is adopted now, and what ended is reaped.</summary>
    public void Ended() => _orphans?.Collect();

    public void Dispose()
    {
        if (OperatingSystem.IsWindows())
        {
            _job?.Dispose();
        }
    }
}
