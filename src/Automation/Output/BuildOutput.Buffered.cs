namespace Automation.Output;

/// <summary>Buffered outputs, which hold what a target running alongside others writes until its group is shown.</summary>
internal sealed partial class BuildOutput
{
    private readonly BuildOutput? _parent;
    private readonly List<Action> _pending = [];

    private BuildOutput(BuildOutput parent)
        : this(parent.Console, parent.Masker, parent.Verbosity)
    {
        _parent = parent;
    }

    /// <summary>An output that holds everything written to it (lines, annotations, CI commands) until
    /// <see cref="Release"/> writes it here in one piece.</summary>
    public BuildOutput Buffered() => new(_parent ?? this);

    /// <summary>Writes what a buffered output holds to the output it came from, without another writer's line in
    /// between, and empties it. Secrets are masked as they are written, so a secret registered late is still hidden.</summary>
    public void Release()
    {
        if (_parent is null)
        {
            return;
        }

        List<Action> pending;
        lock (_lock)
        {
            pending = [.. _pending];
            _pending.Clear();
        }

        // Lock is re-entrant: the parent's writes below take the same lock again.
        lock (_parent._lock)
        {
            // The live status is erased by the first line written and drawn again only after the last one.
            _parent._statusSlot.KeepErasedWhile(() => pending.ForEach(write => write()));
        }
    }

    /// <summary>In a buffered output, keeps <paramref name="write"/> for <see cref="Release"/> and returns true.</summary>
    private bool Hold(Action write)
    {
        if (_parent is null)
        {
            return false;
        }

        lock (_lock)
        {
            _pending.Add(write);
        }

        return true;
    }
}
