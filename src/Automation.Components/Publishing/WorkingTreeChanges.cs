namespace Automation.Components;

/// <summary>
/// What <c>git status --porcelain</c> lists for the whole repository, untracked files included (the SDK compiles an
/// untracked source file into the package just the same), except inside the build's own output folders, so a
/// repository that does not git-ignore <c>artifacts/</c> can still publish.
/// </summary>
internal static class WorkingTreeChanges
{
    // git exits with 128 outside a repository.
    private const int NotARepository = 128;

    /// <summary>The changed paths as git lists them (<c>XY path</c>); empty when the tree is clean.</summary>
    /// <exception cref="InvalidOperationException">The root is not inside a git repository.</exception>
    public static IReadOnlyList<string> List(ITargetContext context, AbsolutePath root, params AbsolutePath[] outputFolders)
    {
        var excluded = outputFolders
            .Where(folder => folder.IsWithin(root))
            .Select(folder => $":(exclude){folder.RelativeTo(root).Replace(Path.DirectorySeparatorChar, '/')}");
        var result = context.Git(
            ["status", "--porcelain", "--untracked-files=normal", "--", ":/", .. excluded],
            GitTasks.Quiet with { ReadOnly = true, AcceptedExitCodes = [0, NotARepository] });
        return result.ExitCode == NotARepository
            ? throw new InvalidOperationException($"Cannot tell whether the working tree is clean: {root} is not in a git repository ({result.StandardError.Trim()}). Pass --allow-dirty to publish anyway.")
            : [.. result.OutputLines.Select(line => line.TrimEnd()).Where(line => line.Length > 0)];
    }
}
