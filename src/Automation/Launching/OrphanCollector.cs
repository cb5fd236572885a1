using System.Runtime.InteropServices;

namespace Automation.Launching;

/// <summary>
/// Collects the exit status of the orphans a build adopts as a child subreaper (a daemon a deploy hook started with
/// <c>nohup … &amp;</c>), so one that ends does not stay a zombie of the build until the build ends (a hook polling
/// <c>kill -0</c> for it would wait forever). Linux only, where the build is a subreaper.
/// <para>
/// Never <c>waitpid(-1)</c>: .NET collects the children it started itself (<see cref="System.Diagnostics.Process"/>),
/// and one reaped under it fails the process (<c>Environment.FailFast</c>). So a child of ours is reaped only on
/// evidence that it is an adopted orphan: while alive it carried the marker of a command this build launched (every
/// process of that command's tree inherits it) without being that command's own process, the one .NET started. A
/// process <c>Process.Start</c> started directly carries no marker this build made, so it is never touched.
/// </para>
/// <para>
/// Children are looked at when one of ours ends (SIGCHLD, which <see cref="PosixSignalRegistration"/> delivers after
/// .NET has collected its own) and when a launched command ends (its orphans were adopted then): nothing runs while
/// nothing ends. An orphan that was adopted and ended with no such moment in between (a short-lived job of a subshell
/// while its command still runs), or that cleared its environment, stays a zombie of the build until the build ends.
/// </para>
/// </summary>
internal sealed class OrphanCollector : IDisposable
{
    // The build's own collector, for the launches of its flow: adoption is a property of the whole process (the build
    // run from Main), and in-process builds (tests) are not subreapers, so they have none.
    private static readonly AsyncLocal<OrphanCollector?> Ambient = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<string, ProcessEntry?> _commands = new(StringComparer.Ordinal);
    private readonly HashSet<ProcessEntry> _adopted = [];
    private readonly int _self = Environment.ProcessId;
    private readonly PosixSignalRegistration? _childEnded;

    private OrphanCollector()
    {
        if (OperatingSystem.IsLinux())
        {
            _childEnded = PosixSignalRegistration.Create(PosixSignal.SIGCHLD, _ => Collect());
        }
    }

    /// <summary>The collector of the running build, or null (not a subreaper, or not Linux).</summary>
    public static OrphanCollector? Current => Ambient.Value;

    /// <summary>Starts collecting for this flow when this process adopts orphans (see <see cref="PosixProcess.BecomeSubreaper"/>); null otherwise.</summary>
    public static OrphanCollector? StartIfSubreaper(bool isSubreaper)
    {
        if (!isSubreaper || !OperatingSystem.IsLinux())
        {
            return null;
        }

        var collector = new OrphanCollector();
        Ambient.Value = collector;
        return collector;
    }

    /// <summary>A command was started with <paramref name="marker"/> in its environment; <paramref name="command"/> is its own process as first seen (null when already gone).</summary>
    public void Launched(string marker, ProcessEntry? command)
    {
        lock (_lock)
        {
            _commands[marker] = command;
        }
    }

    /// <summary>Notes the alive orphans of launched commands and reaps those that ended.</summary>
    public void Collect()
    {
        lock (_lock)
        {
            if (_commands.Count == 0)
            {
                return;
            }

            IReadOnlyList<ProcessEntry> table;
            try
            {
                table = LinuxProcessTable.Read();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return;
            }

            var children = table.Where(entry => entry.ParentPid == _self).ToList();
            foreach (var child in children)
            {
                var known = child with { IsZombie = false };
                if (child.IsZombie)
                {
                    if (_adopted.Remove(known))
                    {
                        PosixProcess.TryReap(child.Pid);
                    }
                }
                else if (!_adopted.Contains(known) && IsOrphanOfLaunchedCommand(child))
                {
                    _adopted.Add(known);
                }
            }

            // Forget what ended otherwise (reaped in OrphanReaper after a kill): its PID may come back as another process.
            _adopted.IntersectWith(children.Select(child => child with { IsZombie = false }));
        }
    }

    public void Dispose()
    {
        _childEnded?.Dispose();
        if (Ambient.Value == this)
        {
            Ambient.Value = null;
        }
    }

    private bool IsOrphanOfLaunchedCommand(ProcessEntry child)
    {
        if (LinuxProcessTable.Variable(child.Pid, ProcessMarker.Variable) is not { } markers)
        {
            return false;
        }

        foreach (var marker in markers.Split(','))
        {
            if (_commands.TryGetValue(marker, out var command))
            {
                return command is not { } own || own.Pid != child.Pid || own.StartTime != child.StartTime;
            }
        }

        return false;
    }
}
