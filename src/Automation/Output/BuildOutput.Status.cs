using Automation.Output.Terminal;

namespace Automation.Output;

/// <summary>The live status of a parallel run, drawn below the output on an interactive terminal.</summary>
internal sealed partial class BuildOutput
{
    private readonly LiveStatusSlot _statusSlot = new();

    /// <summary>
    /// Starts a live status of <paramref name="total"/> targets below the output, when the console is an interactive
    /// terminal and the verbosity is above quiet; null otherwise. Disposing it stops its timer and removes the line.
    /// </summary>
    public LiveStatus? StartLiveStatus(int total, TimeProvider time)
    {
        // A buffered output never writes to the console itself, so only the output it came from draws the status.
        if (_parent is not null || Verbosity < Verbosity.Minimal || Console.StatusArea is not { } area)
        {
            return null;
        }

        var status = new LiveStatus(area, total, time, RefreshStatus, RemoveStatus);
        lock (_lock)
        {
            _statusSlot.Show(status);
        }

        return status;
    }

    /// <summary>Draws the live status again with what it knows now (not in the middle of a released group).</summary>
    public void RefreshStatus()
    {
        lock (_lock)
        {
            _statusSlot.Redraw();
        }
    }

    private void RemoveStatus()
    {
        lock (_lock)
        {
            _statusSlot.Remove();
        }
    }
}
