namespace Automation.Tools.Processes;

/// <summary>A command running through the target's runner; its task ends with the command.</summary>
internal sealed class StartedProcess(string fileName, string arguments, string workingDirectory, Func<CancellationToken, Task<CommandResult>> start) : IProcess
{
    private readonly CancellationTokenSource _kill = new();
    private Task<CommandResult>? _run;
    private CommandResult? _result;
    private bool _timedOut;

    public string FileName => fileName;

    public string Arguments => arguments;

    public string WorkingDirectory => workingDirectory;

    public bool HasExited => Run.IsCompleted;

    public IReadOnlyCollection<OutputLine> Output
    {
        get
        {
            WaitForExit();
            return _result is null ? [] : OutputLine.Of(_result);
        }
    }

    public int ExitCode
    {
        get
        {
            WaitForExit();
            return _result?.ExitCode ?? -1;
        }
    }

    /// <summary>The failure of a command that exited with a code other than 0 (or timed out), to rethrow as it was.</summary>
    public ProcessFailedException? Failure { get; private set; }

    private Task<CommandResult> Run => _run ?? throw new InvalidOperationException("The process was not started.");

    public StartedProcess Start()
    {
        _run = start(_kill.Token);
        return this;
    }

    public bool WaitForExit()
    {
        if (_result is not null || _timedOut || Failure is not null)
        {
            return !_timedOut;
        }

        try
        {
            _result = Core.SynchronousWait.For(Run, "NUKE's IProcess.WaitForExit is synchronous");
        }
        catch (ProcessFailedException exception)
        {
            // Timed out or a non-zero exit code: NUKE's IProcess reports both instead of throwing.
            (Failure, _result) = (exception, exception.Result);
            _timedOut = exception.Result.ExitCode == -1;
        }
        catch (OperationCanceledException) when (_kill.IsCancellationRequested)
        {
            _result = null;
        }

        return !_timedOut;
    }

    public void Kill()
    {
        _kill.Cancel();
        WaitForExit();
    }

    public void Dispose()
    {
        if (_run is { IsCompleted: false })
        {
            Kill();
        }

        _kill.Dispose();
    }
}
