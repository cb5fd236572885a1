namespace Automation;

/// <summary>
/// The <c>git</c> command line for target actions: <c>ctx.Git("tag", version)</c> to run it, and typed queries
/// (<c>ctx.GitCommit()</c>, <c>ctx.GitIsDirty()</c>, ...) that return values. Git runs in the current directory
/// (<see cref="ITargetContext.WorkingDirectory"/>); use <c>ctx.Cd</c> for another repository. Queries are neither echoed
/// nor shown and, since they change nothing, run even with <c>--dry-run</c> (<see cref="RunOptions.ReadOnly"/>); a
/// failing one still throws <see cref="ProcessFailedException"/> naming the command.
/// </summary>
public static partial class GitTasks
{
    // `git remote get-url` exits with 2 when there is no such remote (and 128 for real errors).
    private const int NoSuchRemote = 2;

    /// <summary>Not echoed, both streams hidden (still captured in the result): <c>ctx.Git(["push", "--tags"], GitTasks.Quiet)</c>.</summary>
    public static RunOptions Quiet { get; } = new() { Echo = false, Hide = OutputHiding.Both };

    private static RunOptions Query { get; } = Quiet with { ReadOnly = true };

    /// <summary>Runs <c>git</c> with arguments as they are: echoed, output shown, only echoed in a dry run.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="arguments">The arguments, e.g. <c>"tag", "v1.2.3"</c>.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult Git(this ITargetContext context, params string[] arguments) => Git(context, arguments, null);

    /// <summary>Runs <c>git</c> with arguments as they are and the given options (<see cref="Quiet"/> to hide and capture the output).</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="options">How to run it.</param>
    /// <returns>The command's result.</returns>
    public static CommandResult Git(this ITargetContext context, IEnumerable<string> arguments, RunOptions? options)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Run("git", arguments, options);
    }

    /// <summary>
    /// Runs a <c>git</c> command that only reads (<c>describe</c>, <c>log</c>, <c>rev-parse</c>) quietly, also in a dry run,
    /// and returns its standard output without surrounding whitespace. Do not use it for commands that change anything.
    /// </summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="arguments">The arguments, e.g. <c>"rev-parse", "--short", "HEAD"</c>.</param>
    /// <returns>The trimmed standard output.</returns>
    public static string GitQuery(this ITargetContext context, params string[] arguments) => Git(context, arguments, Query).StandardOutput.Trim();

    /// <summary>The checked-out branch (<c>git branch --show-current</c>), or null when HEAD is detached (as on many CI checkouts).</summary>
    /// <param name="context">The running target's context.</param>
    /// <returns>The short branch name, e.g. <c>main</c> or <c>feature/x</c>; null when detached.</returns>
    public static string? GitCurrentBranch(this ITargetContext context) =>
        GitQuery(context, "branch", "--show-current") is { Length: > 0 } branch ? branch : null;

    /// <summary>The full SHA of HEAD (<c>git rev-parse HEAD</c>). Throws in a repository without commits.</summary>
    /// <param name="context">The running target's context.</param>
    /// <returns>The 40-character (or, in a SHA-256 repository, 64-character) commit id.</returns>
    public static string GitCommit(this ITargetContext context) => GitQuery(context, "rev-parse", "HEAD");

    /// <summary>The tags pointing at HEAD (<c>git tag --points-at HEAD</c>), or with <paramref name="all"/> every tag (<c>git tag --list</c>).</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="all">List all tags of the repository, not only those at HEAD.</param>
    /// <returns>Tag names in git's order (by name).</returns>
    public static IReadOnlyList<string> GitTags(this ITargetContext context, bool all = false) =>
        Lines(Git(context, all ? ["tag", "--list"] : ["tag", "--points-at", "HEAD"], Query));

    /// <summary>Whether the working tree has changes: modified, staged, deleted or untracked files, not ignored ones (<c>git status --porcelain</c>).</summary>
    /// <param name="context">The running target's context.</param>
    /// <returns>True when <c>git status --porcelain</c> lists anything.</returns>
    public static bool GitIsDirty(this ITargetContext context) =>
        Lines(Git(context, ["status", "--porcelain", "--untracked-files=normal"], Query)).Count > 0;

    /// <summary>The URL of a remote (<c>git remote get-url</c>, with <c>insteadOf</c> rewrites applied), or null when there is no such remote.</summary>
    /// <param name="context">The running target's context.</param>
    /// <param name="remote">The remote's name.</param>
    /// <returns>The fetch URL, or null.</returns>
    public static string? GitRemoteUrl(this ITargetContext context, string remote = "origin")
    {
        ArgumentException.ThrowIfNullOrEmpty(remote);
        var result = Git(context, ["remote", "get-url", remote], Query with { AcceptedExitCodes = [0, NoSuchRemote] });
        return result.ExitCode == NoSuchRemote ? null : result.StandardOutput.Trim();
    }

    private static List<string> Lines(CommandResult result) =>
        [.. result.OutputLines.Select(l => l.Trim()).Where(l => l.Length > 0)];
}
