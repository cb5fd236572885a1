namespace Automation.Output;

/// <summary>
/// For one build's lifetime, puts masking writers in place of <see cref="Console.Out"/> and <see cref="Console.Error"/>,
/// so what a target writes with <c>Console.WriteLine</c> passes the secret masker like everything else. The engine
/// itself never writes to <see cref="Console"/>: its output goes to the writer it was given, taken before this.
/// <para>
/// What a target writes is routed, line by line, to that target's output (buffered when targets run in parallel, so it
/// lands in the target's own group) and to build.log, as a command's output lines are. The route is async-local: it
/// follows the target's code, its awaits and the tasks it starts, and no other. Writes from code outside any build
/// (another thread the build did not start) pass on to the writer that was there before, masked.
/// </para>
/// <para>
/// Disposing puts the previous writers back. Builds in one process at once (tests) each add a layer; a layer disposed
/// while another build's layer sits above it stays in place, passing text through unchanged.
/// </para>
/// </summary>
internal sealed class ConsoleCapture : IDisposable
{
    // Console.Out is one per process: installing and restoring must each be one step, or two builds starting at once
    // could each wrap what the other is about to replace. This guards Console's own state; the class keeps none.
    private static readonly Lock ConsoleLock = new();

    private readonly AsyncLocal<ConsoleRoute?> _route = new();
    private readonly ConsoleCaptureWriter _out;
    private readonly ConsoleCaptureWriter _error;
    private readonly ConsoleRoute _session;

    private ConsoleCapture(BuildOutput output)
    {
        _session = new ConsoleRoute(output);
        lock (ConsoleLock)
        {
            _out = new ConsoleCaptureWriter(this, Console.Out, isError: false, output.Masker);
            _error = new ConsoleCaptureWriter(this, Console.Error, isError: true, output.Masker);
            Console.SetOut(_out.Installed);
            Console.SetError(_error.Installed);
        }
    }

    /// <summary>Installs the writers and routes what the calling code (and everything it starts) writes to
    /// <paramref name="output"/>, until a target's own route takes over.</summary>
    public static ConsoleCapture Install(BuildOutput output)
    {
        var capture = new ConsoleCapture(output);
        capture._route.Value = capture._session;
        return capture;
    }

    /// <summary>Routes what the calling code writes to the console to <paramref name="output"/>. Call it where the
    /// target's code starts (the value flows into what it starts, and ends with the calling method); dispose the
    /// result when the target ends, to write out a last line that had no line end.</summary>
    public IDisposable Route(BuildOutput output)
    {
        var route = new ConsoleRoute(output);
        _route.Value = route;
        return route;
    }

    /// <summary>The route of the code running now; null outside this build.</summary>
    internal ConsoleRoute? Current => _route.Value;

    public void Dispose()
    {
        lock (ConsoleLock)
        {
            _out.Close();
            _error.Close();
            if (ReferenceEquals(Console.Out, _out.Installed))
            {
                Console.SetOut(_out.Inner);
            }

            if (ReferenceEquals(Console.Error, _error.Installed))
            {
                Console.SetError(_error.Inner);
            }
        }

        _session.Dispose();
    }
}
