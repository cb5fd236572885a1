namespace Automation.Incremental;

/// <summary>
/// The commit checked out at a root, read from git's own files rather than by starting git: every run records it in
/// <c>last-run.json</c>, and a process would cost more than the rest of the record. Covers a <c>.git</c> folder or
/// file (worktrees, submodules), a detached HEAD, loose and packed refs; a ref store it cannot read (reftable) gives
/// null, so the record matches nothing.
/// </summary>
internal static class HeadCommit
{
    /// <summary>What is recorded outside git (and for a branch without a commit yet).</summary>
    public const string None = "none";

    /// <summary>The full hash of the commit HEAD points at, <see cref="None"/> outside git, or null when it cannot be read.</summary>
    public static string? Of(AbsolutePath root)
    {
        try
        {
            return GitDirectoryOf(root) is { } gitDirectory ? Resolve(gitDirectory) : None;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? GitDirectoryOf(AbsolutePath root)
    {
        for (var directory = root; directory is not null; directory = directory.Parent)
        {
            var dotGit = directory / ".git";
            if (dotGit.DirectoryExists())
            {
                return dotGit;
            }

            if (dotGit.FileExists())
            {
                // A worktree or submodule: "gitdir: <path>", relative to the folder holding the file.
                var line = File.ReadAllText(dotGit).Trim();
                return line.StartsWith("gitdir:", StringComparison.Ordinal) ? Path.GetFullPath(line["gitdir:".Length..].Trim(), directory) : null;
            }
        }

        return null;
    }

    private static string? Resolve(string gitDirectory)
    {
        var head = File.ReadAllText(Path.Combine(gitDirectory, "HEAD")).Trim();
        if (!head.StartsWith("ref:", StringComparison.Ordinal))
        {
            return IsHash(head) ? head : null;
        }

        var name = head["ref:".Length..].Trim();
        // A worktree keeps HEAD in its own folder and the branches in the common one.
        var commonFile = Path.Combine(gitDirectory, "commondir");
        var common = File.Exists(commonFile) ? Path.GetFullPath(File.ReadAllText(commonFile).Trim(), gitDirectory) : gitDirectory;
        foreach (var folder in new[] { gitDirectory, common })
        {
            var loose = Path.Combine(folder, name);
            if (File.Exists(loose))
            {
                var hash = File.ReadAllText(loose).Trim();
                return IsHash(hash) ? hash : null;
            }
        }

        var packed = Path.Combine(common, "packed-refs");
        if (File.Exists(packed))
        {
            foreach (var line in File.ReadLines(packed))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && line.AsSpan(space + 1).SequenceEqual(name) && IsHash(line[..space]))
                {
                    return line[..space];
                }
            }
        }

        // No such ref: a branch without a commit yet, unless the refs are kept where this cannot read them.
        return File.Exists(Path.Combine(common, "reftable", "tables.list")) ? null : None;
    }

    // SHA-1 (40) or SHA-256 (64) in hex.
    private static bool IsHash(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigitLower);
}
