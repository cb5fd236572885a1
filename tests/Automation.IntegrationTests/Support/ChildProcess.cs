using System.Diagnostics;

namespace Automation.IntegrationTests.Support;

/// <summary>
/// A running child process whose standard output and error are read line by line as they come. Every wait has a
/// timeout; on timeout, and on dispose, the process tree is killed so a broken build cannot hang the suite.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    // Output still in the pipes when the process exits is read for at most this long: a grandchild that inherited
    // the pipe (a compiler server, say) must not keep us waiting.
    private static readonly TimeSpan OutputGrace = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly List<string> _stdout = [];
    private readonly List<string> _stderr = [];
    private readonly List<(Func<string, bool> Predicate, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly Task _readers;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.StandardInput.Close();
        _readers = Task.WhenAll(ReadAsync(process.StandardOutput, _stdout, notify: true), ReadAsync(process.StandardError, _stderr, notify: false));
    }

    public int Id => _process.Id;

    public string CommandLine { get; private init; } = string.Empty;

    public static ChildProcess Start(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        ChildEnvironment.Apply(info.Environment, environment);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        return new ChildProcess(process) { CommandLine = string.Join(' ', info.ArgumentList.Prepend(program)) };
    }

    public static async Task<ProcessResult> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var child = Start(program, arguments, workingDirectory, environment);
        return await child.WaitForExitAsync(timeout).ConfigureAwait(false);
    }

    /// <summary>Waits until a line of standard output matches, and returns it.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var found = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_stdout.Find(l => predicate(l)) is { } line)
            {
                return line;
            }

            _waiters.Add((predicate, found));
        }

        try
        {
            return await found.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No matching line from '{CommandLine}' within {timeout.TotalSeconds} s.{Environment.NewLine}{Snapshot()}");
        }
    }

    public async Task<ProcessResult> WaitForExitAsync(TimeSpan timeout)
    {
        using (var expiry = new CancellationTokenSource(timeout))
        {
            try
            {
                await _process.WaitForExitAsync(expiry.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                Kill();
                throw new TimeoutException($"'{CommandLine}' did not exit within {timeout.TotalSeconds} s and was killed.{Environment.NewLine}{Snapshot()}");
            }
        }

        var duration = _clock.Elapsed;
        await Task.WhenAny(_readers, Task.Delay(OutputGrace)).ConfigureAwait(false);
        lock (_lock)
        {
            return new ProcessResult(_process.ExitCode, Join(_stdout), Join(_stderr), duration);
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
    }

    private async Task ReadAsync(StreamReader reader, List<string> lines, bool notify)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (_lock)
                {
                    lines.Add(line);
                    if (notify)
                    {
                        Notify(line);
                    }
                }
            }
        }
        catch (ObjectDisposedException)
        {
            // Disposed while a grandchild still held the pipe.
        }
        finally
        {
            if (notify)
            {
                lock (_lock)
                {
                    foreach (var waiter in _waiters)
                    {
                        waiter.Found.TrySetException(new InvalidOperationException($"'{CommandLine}' closed its output without a matching line.{Environment.NewLine}{Snapshot()}"));
                    }

                    _waiters.Clear();
                }
            }
        }
    }

    private void Notify(string line)
    {
        foreach (var waiter in _waiters.Where(w => w.Predicate(line)).ToList())
        {
            waiter.Found.TrySetResult(line);
            _waiters.Remove(waiter);
        }
    }

    private string Snapshot()
    {
        lock (_lock)
        {
            return $"--- stdout so far ---{Environment.NewLine}{Join(_stdout)}--- stderr so far ---{Environment.NewLine}{Join(_stderr)}";
        }
    }

    private static string Join(List<string> lines) => string.Concat(lines.Select(l => l + "\n"));
}
