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
        ProcessOutcome outcome;
        try
        {
            // The whole output, however long: the versioning engine parses all of the history it asks for.
            outcome = await ProcessLauncher.RunAsync("git", arguments, Options(directory), cancellationToken).ConfigureAwait(false);
        }
        catch (ProcessStartException exception)
        {
            throw new VersioningException(exception.Message);
        }

        return new GitResult(outcome.ExitCode, outcome.StandardOutput, outcome.StandardError);
    }

    // A git that is left running (cancelled) is killed with what it started: it would keep its locks, and its hooks,
    // credential helpers and aliases would run on.
    private static ProcessLaunchOptions Options(string directory) => new()
    {
        WorkingDirectory = directory,
        Environment = new Dictionary<string, string?> { ["GIT_OPTIONAL_LOCKS"] = "0", ["GIT_TERMINAL_PROMPT"] = "0" },
        OutputLimit = null,
    };
}
