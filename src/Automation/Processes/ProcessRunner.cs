using System.Diagnostics;
using System.Globalization;
using Automation.Output;

namespace Automation.Processes;

/// <summary>
/// Runs a program without a shell: echoes the command (secrets masked), streams its output into the target's group
/// while capturing it, answers prompts, and on timeout or interruption kills the whole process tree before reporting.
/// </summary>
/// <param name="output">Where commands' output goes.</param>
/// <param name="dryRun">Echo commands instead of starting them.</param>
/// <param name="outputFolder">Where a command's whole output goes when it is longer than its result keeps; null: only the tail is kept.</param>
internal sealed class ProcessRunner(BuildOutput output, bool dryRun, string? outputFolder)
{
    // Input still being written after the process exited goes to children that inherited its pipe.
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    // How long a command that died of a signal waits for the build's own interrupt to show up.
    private static readonly TimeSpan InterruptGrace = TimeSpan.FromMilliseconds(500);

    /// <summary>Runs a command; <paramref name="owner"/> (the target) names the file its whole output may go to. On
    /// Windows, <paramref name="verbatimArguments"/> is the command line after the program exactly as given
    /// (<see cref="ShellLaunch.VerbatimArguments"/>), and is echoed as it is.</summary>
    public async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, RunOptions options, CommandScope scope, string owner, CancellationToken cancellationToken, string? verbatimArguments = null)
    {
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? ".", scope.Directory);
        var echo = output.Masker.Apply(verbatimArguments is null
            ? CommandLineText.Render(program, arguments, output.Masker.Apply)
            : CommandLineText.Render(program, [], output.Masker.Apply) + " " + verbatimArguments);
        if (dryRun && !options.ReadOnly)
        {
            output.Info($"[dry-run] > {echo}");
            return new CommandResult(echo, 0, string.Empty, string.Empty, TimeSpan.Zero);
        }

        if (options.Echo)
        {
            output.Info($"> {echo}");
        }

        if (!Directory.Exists(workingDirectory))
        {
            throw new DirectoryNotFoundException($"Cannot run {echo}: the working directory '{workingDirectory}' does not exist.");
        }

        var capture = new CommandCapture(output, options, outputFolder, owner);
        var launch = ProcessStart.Options(workingDirectory, options, scope) with
        {
            Timeout = options.Timeout,
            StandardOutputLine = line => capture.Line(line, isError: false),
            StandardErrorLine = line => capture.Line(line, isError: true),
            OutputText = capture.Text,
            VerbatimArguments = verbatimArguments,
        };
        var started = Stopwatch.GetTimestamp();

        // Output is read from the start, and input is written while waiting: a command that fills its output pipe
        // before reading all its input would otherwise wait for us while we wait for it.
        using var process = ProcessLauncher.Start(program, arguments, launch, cancellationToken);
        var input = launch.RedirectStandardInput ? WriteInputAsync(process, options, capture) : Task.CompletedTask;
        int exitCode;
        try
        {
            exitCode = await process.WaitForExitAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or TimeoutException)
        {
            output.Debug($"Killed the process tree of {echo} ({process.KilledProcessCount} processes).");
            cancellationToken.ThrowIfCancellationRequested();
            var timedOut = Result(echo, -1, capture, started);
            throw new ProcessFailedException(timedOut, workingDirectory, $"timed out after {Format(options.Timeout!.Value)}; its process tree was killed", capture.HiddenTail);
        }

        await Task.WhenAny(input, Task.Delay(DrainTimeout, CancellationToken.None)).ConfigureAwait(false);
        var result = Result(echo, exitCode, capture, started);
        if (options.AcceptedExitCodes.Contains(result.ExitCode))
        {
            return result;
        }

        // Ctrl+C in a terminal signals the whole process group: the command may die of it before our own handler has
        // marked the build interrupted. Its death is then the interruption, not a failure.
        if (DiedOfSignal(result.ExitCode) && await InterruptArrivesAsync(cancellationToken).ConfigureAwait(false))
        {
            // The interrupt's callback killed what the command left behind; reap those of them this process adopted.
            await process.SettleAsync().ConfigureAwait(false);
            throw new OperationCanceledException(cancellationToken);
        }

        if (options.Warn)
        {
            output.Warning(new Annotation($"Command exited with code {result.ExitCode} (ignored, warn is set): {echo}", Title: Path.GetFileName(program)));
            return result;
        }

        throw new ProcessFailedException(result, workingDirectory, $"exit code {result.ExitCode}", capture.HiddenTail);
    }

    // Responders get the input only after the text, so the two never write at once; a prompt that came meanwhile is answered then.
    private static async Task WriteInputAsync(LaunchedProcess process, RunOptions options, CommandCapture capture)
    {
        try
        {
            if (options.StandardInput is { } input)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
                await process.StandardInput.FlushAsync().ConfigureAwait(false);
            }

            if (options.Responders.Count == 0)
            {
                process.StandardInput.Close();
            }
            else
            {
                capture.Input = process.StandardInput;
                capture.Text(string.Empty);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // The process exited (or was killed) without reading its input; its exit code tells the rest.
        }
    }

    // 128 + SIGHUP, SIGINT, SIGKILL, SIGTERM: how .NET reports a process that a signal ended.
    private static bool DiedOfSignal(int exitCode) => exitCode is 129 or 130 or 137 or 143;

    private static async Task<bool> InterruptArrivesAsync(CancellationToken interrupt)
    {
        try
        {
            await Task.Delay(InterruptGrace, interrupt).ConfigureAwait(false);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    private static CommandResult Result(string echo, int exitCode, CommandCapture capture, long started) =>
        capture.Result(echo, exitCode, Stopwatch.GetElapsedTime(started));

    private static string Format(TimeSpan timeout) => timeout.ToString("c", CultureInfo.InvariantCulture);
}
