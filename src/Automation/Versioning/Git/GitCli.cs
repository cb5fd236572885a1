using System.Diagnostics;
using System.Text;

namespace Automation.Versioning.Git;

/// <summary>
/// Runs the <c>git</c> program with an argument list (no shell, no quoting) and captures its output, without logging
/// anything. Use it where no target context is at hand (computing a target's inputs, the versioning engine, a tool);
/// inside a target, <c>ctx.Git(...)</c> also echoes the command and masks secrets. git never prompts (for credentials
/// or otherwise) and takes no optional locks, so a query never blocks on, or disturbs, a concurrent git.
/// </summary>
public static class GitCli
{
    /// <summary>Runs git in <paramref name="directory"/> and returns its exit code and output, whatever the exit code.</summary>
    /// <param name="directory">The working directory: git finds the repository from there.</param>
    /// <param name="arguments">The arguments, each passed as is: <c>["ls-files", "-z"]</c>.</param>
    /// <param name="cancellationToken">Stops git (and what it started) and throws <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="VersioningException">git cannot be started: it is not installed or not on <c>PATH</c>.</exception>
    public static async Task<GitResult> RunAsync(string directory, IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(arguments);
        cancellationToken.ThrowIfCancellationRequested();
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_OPTIONAL_LOCKS"] = "0";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new VersioningException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new VersioningException($"git could not be started ({exception.Message}); install git and put it on PATH.");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A git that is left running keeps its locks and its children (hooks, credential helpers, aliases).
                process.Kill(entireProcessTree: true);
                throw;
            }

            return new GitResult(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }
}
