using Automation.Core;

namespace Automation.IO;

/// <summary>Finds the repository root: <c>--root</c> (a directory holding <c>.nuke/</c> or a git top level), or the
/// nearest ancestor holding <c>.nuke/</c>.</summary>
internal static class RepositoryRoot
{
    public static AbsolutePath? TryFind(string? explicitRoot, string workingDirectory)
    {
        if (explicitRoot is not null)
        {
            var root = AbsolutePath.Create(Path.GetFullPath(explicitRoot, workingDirectory));
            if (!root.DirectoryExists())
            {
                throw new UsageException($"--root '{explicitRoot}' does not exist.");
            }

            // Any directory would do for this run, but the .nuke/temp written there would make it the root of every
            // build below it (a stray --root / or --root /tmp), so only a directory that already is a root is taken.
            return IsRoot(root)
                ? root
                : throw new UsageException(
                    $"--root '{explicitRoot}' is not a repository root: it holds neither a .nuke/ folder nor a .git of a git top level. " +
                    "Pass the repository's top folder, or create .nuke/ in that directory first.");
        }

        for (var directory = AbsolutePath.Create(workingDirectory); directory is not null; directory = directory.Parent)
        {
            if (new NukeLayout(directory).Exists)
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>Holds <c>.nuke/</c>, or is a git top level: <c>.git</c> is a folder, or a file (a worktree or submodule).</summary>
    private static bool IsRoot(AbsolutePath directory) =>
        new NukeLayout(directory).Exists || (directory / ".git").DirectoryExists() || (directory / ".git").FileExists();

    public static AbsolutePath Find(string? explicitRoot, string workingDirectory) =>
        TryFind(explicitRoot, workingDirectory)
        ?? throw new UsageException($"No repository root found: neither '{workingDirectory}' nor any parent holds a .nuke/ folder. Create .nuke/ at the root, or pass --root <dir>.");
}
