namespace Automation.Output.Terminal;

/// <summary>
/// A parallel run's live status on an interactive terminal: which targets run, for how long, and how many of the plan's
/// targets are done. The scheduler reports targets starting and ending; the line is redrawn then and every
/// <see cref="Interval"/> by a timer on the build's clock. <see cref="BuildOutput"/> draws it below the output and
/// erases it before writing, so it never sits between the lines of a target's group. <see cref="DisposeAsync"/> stops
/// the timer (waiting for a tick in progress) and removes the line. Thread-safe.
/// </summary>
internal sealed class LiveStatus : IAsyncDisposable
{
    /// <summary>How often the running times are updated.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _lock = new();
    private readonly List<(string Name, long Started)> _running = [];
    private readonly StatusArea _area;
    private readonly TimeProvider _time;
    private readonly int _total;
    private readonly Action _remove;
    private readonly ITimer _timer;
    private int _done;

    /// <param name="area">Where the line is drawn.</param>
    /// <param name="total">How many targets the plan holds.</param>
    /// <param name="time">The clock for running times and for the timer.</param>
    /// <param name="refresh">Redraws the line (under the output's lock); called by the timer.</param>
    /// <param name="remove">Erases the line for good (under the output's lock); called once the timer has stopped.</param>
    public LiveStatus(StatusArea area, int total, TimeProvider time, Action refresh, Action remove)
    {
        (_area, _total, _time, _remove) = (area, total, time, remove);
        _timer = time.CreateTimer(_ => refresh(), state: null, Interval, Interval);
    }

    /// <summary>A target started running.</summary>
    public void Started(string name)
    {
        lock (_lock)
        {
            _running.Add((name, _time.GetTimestamp()));
        }
    }

    /// <summary>A target ended: it ran, or it was decided without running (skipped, NotRun).</summary>
    public void Ended(string name)
    {
        lock (_lock)
        {
            var index = _running.FindIndex(r => r.Name == name);
            if (index >= 0)
            {
                _running.RemoveAt(index);
            }

            _done++;
        }
    }

    /// <summary>Draws the current status, replacing the line shown. Called under the output's lock.</summary>
    public void Draw()
    {
        var width = _area.Width;
        List<(string Name, TimeSpan Elapsed)> running;
        int done;
        lock (_lock)
        {
            running = _running.Select(r => (r.Name, _time.GetElapsedTime(r.Started))).ToList();
            done = _done;
        }

        _area.Draw(StatusText.Format(running, done, _total, width));
    }

    /// <summary>Erases the line, so that output can be written where it was. Called under the output's lock.</summary>
    public void Erase() => _area.Erase();

    /// <summary>Stops the timer, waiting for a tick in progress, then removes the line.</summary>
    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        _remove();
    }
}
