using System.Diagnostics;

namespace Automation.IntegrationTests.Versioning;

/// <summary>Runs the real <c>git</c> CLI, one process per call, each with a timeout after which the process tree is killed.</summary>
internal static class GitCli
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Runs git and returns its exit code and output; never throws on a non-zero exit code.</summary>
    public static GitResult Run(string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("git")
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

        // A git variable inherited from a hook or a CI job (GIT_DIR, GIT_INDEX_FILE, ...) would point git elsewhere.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("GIT_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        // The user's global and system configuration (signing, hooks, templates, default branch) stay out of the fixtures.
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        info.Environment["GIT_CONFIG_GLOBAL"] = Path.Combine(Path.GetTempPath(), "automation-it-no-global-gitconfig");
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var commandLine = "git " + string.Join(' ', arguments);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start '{commandLine}'.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Exited meanwhile.
            }

            throw new TimeoutException($"'{commandLine}' in {workingDirectory} did not exit within {Timeout.TotalSeconds} s and was killed.");
        }

        process.WaitForExit();
        return new GitResult(commandLine, process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}

/// <summary>How one git call ended.</summary>
internal sealed record GitResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() =>
        $"'{CommandLine}' exited with {ExitCode}{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}--- stderr ---{Environment.NewLine}{StandardError}";
}
