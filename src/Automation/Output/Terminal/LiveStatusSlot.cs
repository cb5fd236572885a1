namespace Automation.Output.Terminal;

/// <summary>
/// Where a <see cref="BuildOutput"/> keeps its <see cref="LiveStatus"/>, if one is running, and decides when it is drawn:
/// erased before each write to the console and drawn again after it, except while a buffered output's group is being
/// released, when it is drawn once after the whole group, so that it never sits between the lines of a group.
/// Not thread-safe: the output's lock guards it.
/// </summary>
internal sealed class LiveStatusSlot
{
    private LiveStatus? _status;
    private int _groupsBeingWritten;

    /// <summary>Puts <paramref name="status"/> below the output and draws it.</summary>
    public void Show(LiveStatus status)
    {
        _status = status;
        _status.Draw();
    }

    /// <summary>Erases the status for good; nothing is drawn again until another is shown.</summary>
    public void Remove()
    {
        _status?.Erase();
        _status = null;
    }

    /// <summary>Erases the status, so that output can be written where it was.</summary>
    public void Erase() => _status?.Erase();

    /// <summary>Draws the status with what it knows now, unless a group is being written.</summary>
    public void Redraw()
    {
        if (_groupsBeingWritten == 0)
        {
            _status?.Draw();
        }
    }

    /// <summary>
    /// Runs <paramref name="writeGroup"/>, whose writes would each draw the status again, with the status kept erased
    /// until all of them are done; then draws it once.
    /// </summary>
    public void KeepErasedWhile(Action writeGroup)
    {
        _groupsBeingWritten++;
        try
        {
            writeGroup();
        }
        finally
        {
            _groupsBeingWritten--;
        }

        Redraw();
    }
}
