using System.ComponentModel;
using System.Diagnostics;
using Automation.Launching;

namespace Automation;

/// <summary>
/// The one way the engine, its components and its tool start a program, and the one a component author should use:
/// no shell (arguments are passed as they are), a bare name looked up on the <c>PATH</c> the program is given, a
/// clear <see cref="ProcessStartException"/> when it cannot start, output read as it comes (lines of at most 1 Mi
/// characters) or kept up to a limit, and on cancellation or timeout the whole process tree killed: on Linux and macOS
/// every descendant, also one that left the tree (found by a marker variable in its environment, unless the
/// environment is replaced), on Windows everything in the job it runs in. It prints nothing; inside a target,
/// <c>ctx.Run</c> adds echoing, secret masking and failure messages on top of it.
/// </summary>
public static class ProcessLauncher
{
    // The interceptor in scope flows with the async calls of the code that set it (a test and the build it runs), so
    // builds that tests run at the same time in one process each see their own; there is no global switch.
    private static readonly AsyncLocal<IProcessInterceptor?> Interceptor = new();

    /// <summary>
    /// Sends every launch made in this asynchronous flow (the calling code and what it awaits or starts) to
    /// <paramref name="interceptor"/> instead of the operating system, until the returned scope is disposed; scopes nest.
    /// For tests of a build: see <c>Automation.Testing.CommandRecorder</c>.
    /// </summary>
    /// <param name="interceptor">Answers each launch.</param>
    /// <returns>The scope; dispose it to restore what was in scope before.</returns>
    public static IDisposable Intercept(IProcessInterceptor interceptor)
    {
        ArgumentNullException.ThrowIfNull(interceptor);
        var previous = Interceptor.Value;
        Interceptor.Value = interceptor;
        return new InterceptionScope(() => Interceptor.Value = previous);
    }

    /// <summary>Starts <paramref name="program"/> and returns at once; wait with <see cref="LaunchedProcess.WaitForExitAsync"/>.</summary>
    /// <param name="program">A path (relative to the working directory) or a name found on <c>PATH</c>.</param>
    /// <param name="arguments">The arguments, each passed as it is: <c>["log", "-1", "--format=%H"]</c>.</param>
    /// <param name="options">How to start it; null: the defaults.</param>
    /// <param name="cancellationToken">Kills the program's whole tree at once, for as long as the returned process is not disposed.</param>
    /// <exception cref="ProcessStartException">The program could not be started.</exception>
    public static LaunchedProcess Start(string program, IEnumerable<string> arguments, ProcessLaunchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ProcessLaunchOptions();
        return Launch(program, arguments, options, new OutputSinks(options.StandardOutputLine, options.StandardErrorLine, options.OutputText, options.OutputText), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="program"/> to its end and returns its exit code, whatever it is, and its output (each
    /// stream up to <see cref="ProcessLaunchOptions.OutputLimit"/>; nothing when it shares the console).
    /// </summary>
    /// <param name="program">A path (relative to the working directory) or a name found on <c>PATH</c>.</param>
    /// <param name="arguments">The arguments, each passed as it is.</param>
    /// <param name="options">How to start it; null: the defaults.</param>
    /// <param name="cancellationToken">Kills the program's whole tree and throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="ProcessStartException">The program could not be started.</exception>
    /// <exception cref="TimeoutException">It ran longer than <see cref="ProcessLaunchOptions.Timeout"/>; its tree was killed.</exception>
    public static async Task<ProcessOutcome> RunAsync(string program, IEnumerable<string> arguments, ProcessLaunchOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ProcessLaunchOptions();
        var output = new BoundedText(options.OutputLimit);
        var error = new BoundedText(options.OutputLimit);
        var sinks = new OutputSinks(options.StandardOutputLine, options.StandardErrorLine, output.Append + options.OutputText, error.Append + options.OutputText);
        var started = Stopwatch.GetTimestamp();
        using var process = Launch(program, arguments, options, sinks, cancellationToken);
        if (options.RedirectStandardInput)
        {
            process.StandardInput.Close();
        }

        var exitCode = await process.WaitForExitAsync().ConfigureAwait(false);
        var duration = Stopwatch.GetElapsedTime(started);
        var (standardOutput, standardError) = (output.ToString(), error.ToString());
        return new ProcessOutcome(exitCode, standardOutput, standardError, duration) { IsTruncated = output.IsTruncated || error.IsTruncated };
    }

    internal static LaunchedProcess Launch(string program, IEnumerable<string> arguments, ProcessLaunchOptions options, OutputSinks sinks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(arguments);
        cancellationToken.ThrowIfCancellationRequested();
        if (Interceptor.Value is { } interceptor)
        {
            var request = new ProcessRequest(
                program,
                [.. arguments],
                Path.GetFullPath(options.WorkingDirectory ?? Directory.GetCurrentDirectory()),
                options.Environment ?? new Dictionary<string, string?>(),
                options.ReplaceEnvironment);
            return new LaunchedProcess(interceptor.Intercept(request), options, sinks, cancellationToken);
        }

        var marker = ProcessMarker.New();
        var info = ProgramStart.Create(program, arguments, options, marker);
        if (!Directory.Exists(info.WorkingDirectory))
        {
            throw new ProcessStartException(program, $"Could not start '{program}': its working directory '{info.WorkingDirectory}' does not exist.", null);
        }

        var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            process.Dispose();
            throw new ProcessStartException(program, ProgramStart.NotFoundMessage(program, info, options.ReplaceEnvironment, exception), exception);
        }

        return new LaunchedProcess(process, options.ReplaceEnvironment ? null : marker, options.Timeout, sinks, cancellationToken);
    }
}
