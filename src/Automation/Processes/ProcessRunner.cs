using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Automation.Hosts;

namespace Automation.Processes;

/// <summary>
/// Runs a program without a shell: echoes the command (secrets masked), streams its output into the target's
/// group while capturing it, and kills the whole process tree when the target is cancelled.
/// </summary>
internal sealed class ProcessRunner(BuildOutput output, bool dryRun)
{
    public async Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, RunOptions options, CommandScope scope, CancellationToken cancellationToken)
    {
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? ".", scope.Directory);
        var echo = output.Masker.Apply(CommandLineText.Render(program, arguments));
        if (dryRun)
        {
            output.Info($"[dry-run] > {echo}");
            return new CommandResult(echo, 0, string.Empty, string.Empty, TimeSpan.Zero);
        }

        output.Info($"> {echo}");
        using var process = new Process { StartInfo = StartInfo(program, arguments, workingDirectory, options) };
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => Capture(e.Data, stdout);
        process.ErrorDataReceived += (_, e) => Capture(e.Data, stderr);
        var started = Stopwatch.GetTimestamp();
        try
        {
            process.Start();
        }
        catch (Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"Could not start '{program}': {exception.Message}. It was looked up {(Path.IsPathRooted(program) ? "at that path" : "on PATH")}; install it or give its full path.",
                exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            throw;
        }

        var result = new CommandResult(echo, process.ExitCode, stdout.ToString(), stderr.ToString(), Stopwatch.GetElapsedTime(started));
        return result.ExitCode == 0 ? result : throw new ProcessFailedException(result, workingDirectory, $"exit code {result.ExitCode}", []);
    }

    private void Capture(string? line, StringBuilder buffer)
    {
        if (line is null)
        {
            return;
        }

        var masked = output.Masker.Apply(line);
        lock (buffer)
        {
            buffer.AppendLine(masked);
        }

        output.Info(masked);
    }

    private static ProcessStartInfo StartInfo(string program, IReadOnlyList<string> arguments, string workingDirectory, RunOptions options)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return info;
    }

    private static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }
}
