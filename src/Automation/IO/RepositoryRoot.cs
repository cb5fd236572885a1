using Automation.Cli;

namespace Automation.IO;

/// <summary>Finds the repository root: <c>--root</c>, or the nearest ancestor holding <c>.nuke/</c>.</summary>
internal static class RepositoryRoot
{
    public static AbsolutePath? TryFind(string? explicitRoot, string workingDirectory)
    {
        if (explicitRoot is not null)
        {
            var root = AbsolutePath.Create(Path.GetFullPath(explicitRoot, workingDirectory));
            return root.DirectoryExists() ? root : throw new UsageException($"--root '{explicitRoot}' does not exist.");
        }

        for (var directory = AbsolutePath.Create(workingDirectory); directory is not null; directory = directory.Parent)
        {
            if ((directory / ".nuke").DirectoryExists())
            {
                return directory;
            }
        }

        return null;
    }

    public static AbsolutePath Find(string? explicitRoot, string workingDirectory) =>
        TryFind(explicitRoot, workingDirectory)
        ?? throw new UsageException($"No repository root found: neither '{workingDirectory}' nor any parent holds a .nuke/ folder. Create .nuke/ at the root, or pass --root <dir>.");
}
