using System.Diagnostics;
using System.Globalization;
using System.Text;
using Automation.Launching;

namespace Automation;

/// <summary>
/// A program started by <see cref="ProcessLauncher.Start"/>, with every process it starts: its output is being read
/// into the handlers of its <see cref="ProcessLaunchOptions"/>, and it is killed, whole tree, on cancellation or
/// timeout. Dispose it when done: until then cancellation still kills what the program left running. Under an
/// <see cref="IProcessInterceptor"/> it is the interceptor's answer instead: nothing runs, its output goes to the same
/// handlers, and waiting returns its exit code.
/// </summary>
public sealed class LaunchedProcess : IDisposable
{
    // Output still arriving after the program exited comes from children that inherited its pipes (build servers).
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    // Null for an intercepted launch (then _reply says how it ended).
    private readonly Process? _process;
    private readonly ProcessTree? _tree;
    private readonly ProcessReply? _reply;
    private readonly StreamWriter? _scriptedInput;
    private readonly Task _output;
    private readonly TimeSpan? _timeout;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _killOnCancel;
    private int _killed;

    internal LaunchedProcess(Process process, string? marker, TimeSpan? timeout, OutputSinks sinks, CancellationToken cancellationToken)
    {
        _process = process;
        _timeout = timeout;
        _cancellationToken = cancellationToken;
        _tree = ProcessTree.Track(process, marker);
        _output = process.StartInfo.RedirectStandardOutput
            ? Task.WhenAll(
                OutputPump.RunAsync(process.StandardOutput, sinks.OutputLine, sinks.OutputText),
                OutputPump.RunAsync(process.StandardError, sinks.ErrorLine, sinks.ErrorText))
            : Task.CompletedTask;

        // Killed at once, in the cancellation's own callback: the caller may end right after (a second Ctrl+C).
        _killOnCancel = cancellationToken.Register(static launched => ((LaunchedProcess)launched!).Kill(), this);
    }

    internal LaunchedProcess(ProcessReply reply, ProcessLaunchOptions options, OutputSinks sinks, CancellationToken cancellationToken)
    {
        _reply = reply;
        _cancellationToken = cancellationToken;

        // What is written to an intercepted program's input goes nowhere: nothing reads it.
        _scriptedInput = options.RedirectStandardInput ? new StreamWriter(Stream.Null) : null;
        _output = options.ShareConsole
            ? Task.CompletedTask
            : Task.WhenAll(
                OutputPump.RunAsync(Reader(reply.StandardOutput), sinks.OutputLine, sinks.OutputText),
                OutputPump.RunAsync(Reader(reply.StandardError), sinks.ErrorLine, sinks.ErrorText));
    }

    /// <summary>The operating system's id of the program's process.</summary>
    public int Id => _process?.Id ?? 0;

    /// <summary>The program's standard input, when <see cref="ProcessLaunchOptions.RedirectStandardInput"/> is set; close it to send end of input.</summary>
    /// <exception cref="InvalidOperationException">The input was not redirected.</exception>
    public StreamWriter StandardInput => _scriptedInput ?? (_process is { StartInfo.RedirectStandardInput: true }
        ? _process.StandardInput
        : throw new InvalidOperationException("The program's standard input is not redirected: set ProcessLaunchOptions.RedirectStandardInput."));

    /// <summary>How many processes the kills so far ended, where that can be told (Linux and macOS).</summary>
    public int KilledProcessCount => Volatile.Read(ref _killed);

    /// <summary>
    /// Waits until the program exits and its output has been read (at most 5 seconds more, for output of children that
    /// hold its pipes), and returns its exit code. On cancellation or timeout the whole process tree is killed first.
    /// </summary>
    /// <exception cref="OperationCanceledException">The launch's cancellation token was cancelled.</exception>
    /// <exception cref="TimeoutException">The program ran longer than <see cref="ProcessLaunchOptions.Timeout"/>.</exception>
    public async Task<int> WaitForExitAsync()
    {
        if (_reply is not null)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            await DrainAsync().ConfigureAwait(false);
            return _reply.ExitCode;
        }

        using var timeout = new CancellationTokenSource(_timeout ?? Timeout.InfiniteTimeSpan);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_cancellationToken, timeout.Token);
        try
        {
            await _process!.WaitForExitAsync(stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await StopAsync().ConfigureAwait(false);
            _cancellationToken.ThrowIfCancellationRequested();
            throw new TimeoutException($"'{_process!.StartInfo.FileName}' timed out after {_timeout!.Value.ToString("c", CultureInfo.InvariantCulture)}; its process tree was killed.");
        }

        // Cancelled before the wait saw the token: the cancellation's callback killed the program, which may have ended first.
        if (_cancellationToken.IsCancellationRequested)
        {
            await StopAsync().ConfigureAwait(false);
            _cancellationToken.ThrowIfCancellationRequested();
        }

        _tree!.Ended();
        await DrainAsync().ConfigureAwait(false);
        return _process.ExitCode;
    }

    /// <summary>Kills the program and every process it started, now; safe to call more than once and from a cancellation callback (it never throws).</summary>
    /// <returns>How many processes were killed, where that can be told.</returns>
    public int Kill()
    {
        var killed = _tree?.Kill() ?? 0;
        Interlocked.Add(ref _killed, killed);
        return killed;
    }

    /// <summary>Waits (at most a second) until what the kills ended is gone, collecting the exit status of those this process adopted.</summary>
    public Task SettleAsync() => _tree?.SettleAsync() ?? Task.CompletedTask;

    /// <summary>Stops killing on cancellation and releases the process; what the program left running on purpose lives on.</summary>
    public void Dispose()
    {
        _killOnCancel.Dispose();
        _tree?.Dispose();
        _process?.Dispose();
        _scriptedInput?.Dispose();
    }

    private async Task StopAsync()
    {
        Kill();
        await SettleAsync().ConfigureAwait(false);
        _tree?.Ended();
        await DrainAsync().ConfigureAwait(false);
    }

    private static StreamReader Reader(string text) => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), Encoding.UTF8);

    // The pumps are this object's own work, started in its constructor on the pool (no synchronization context).
#pragma warning disable VSTHRD003 // Avoid awaiting foreign Tasks: see above.
    private Task DrainAsync() => Task.WhenAny(_output, Task.Delay(DrainTimeout, CancellationToken.None));
#pragma warning restore VSTHRD003
}
