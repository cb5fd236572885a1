using System.Diagnostics;
using System.Text;

namespace Automation.Versioning.Git;

/// <summary>
/// Runs the <c>git</c> program with an argument list (no shell, no quoting) and captures its output. This is the
/// versioning engine's only way to git: it does not use the build's process runner, so it also works in the CLI.
/// </summary>
internal static class GitCli
{
    /// <summary>The result of one git call.</summary>
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs git in <paramref name="directory"/> and returns its exit code and output.</summary>
    /// <exception cref="VersioningException">git cannot be started.</exception>
    public static async Task<Result> RunAsync(string directory, IEnumerable<string> arguments, string? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
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
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input).ConfigureAwait(false);
                process.StandardInput.Close();
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
            return new Result(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false));
        }
    }
}
