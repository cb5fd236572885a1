namespace Automation.IO.Files;

/// <summary>Copies or moves a file or a directory tree under an <see cref="ExistsPolicy"/>.</summary>
internal static class FileTransfer
{
    public static AbsolutePath Run(AbsolutePath source, AbsolutePath target, ExistsPolicy policy, bool createDirectories, bool move, Func<AbsolutePath, bool>? excludeDirectory, Func<AbsolutePath, bool>? excludeFile)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        var verb = move ? "move" : "copy";
        if (source == target)
        {
            throw new IOException($"Could not {verb} '{source}' onto itself.");
        }

        if (source.DirectoryExists())
        {
            if (target.IsWithin(source))
            {
                throw new IOException($"Could not {verb} '{source}' into '{target}': the target lies inside the source.");
            }

            Directory(source, target, policy, createDirectories, move, excludeDirectory, excludeFile);
        }
        else if (source.FileExists())
        {
            if (excludeDirectory is not null || excludeFile is not null)
            {
                throw new ArgumentException($"'{source}' is a file: exclusions apply to copying a directory.");
            }

            File(source, target, policy, createDirectories, move);
        }
        else
        {
            throw new FileNotFoundException($"Could not {verb} '{source}': no file or directory exists there.", source);
        }

        return target;
    }

    private static void Directory(AbsolutePath source, AbsolutePath target, ExistsPolicy policy, bool createDirectories, bool move, Func<AbsolutePath, bool>? excludeDirectory, Func<AbsolutePath, bool>? excludeFile)
    {
        var verb = move ? "move" : "copy";
        if (target.DirectoryExists() && !policy.HasFlag(ExistsPolicy.DirectoryMerge))
        {
            throw new IOException($"Could not {verb} '{source}' to '{target}': the directory exists. Delete it first, or pass ExistsPolicy.MergeAndOverwrite (or another merge policy).");
        }

        if (target.FileExists())
        {
            throw new IOException($"Could not {verb} '{source}' to '{target}': a file exists there.");
        }

        if (!createDirectories && target.Parent is { } parent && !parent.DirectoryExists())
        {
            throw new IOException($"Could not {verb} '{source}' to '{target}': '{parent}' does not exist (createDirectories is false).");
        }

        if (move && !target.Exists() && target.Parent is { } existingParent)
        {
            existingParent.CreateDirectory();
            FileOperation.Run("move", source, () => System.IO.Directory.Move(source, target));
            return;
        }

        target.CreateDirectory();
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            var path = AbsolutePath.Create(entry.FullName);
            if (entry is DirectoryInfo && entry.LinkTarget is null)
            {
                if (excludeDirectory?.Invoke(path) != true)
                {
                    Directory(path, target / entry.Name, policy | ExistsPolicy.DirectoryMerge, createDirectories, move, excludeDirectory, excludeFile);
                }
            }
            else if (excludeFile?.Invoke(path) != true)
            {
                File(path, target / entry.Name, policy, createDirectories, move);
            }
        }

        if (move && !new DirectoryInfo(source).EnumerateFileSystemInfos().Any())
        {
            FileOperation.Run("delete directory", source, () => System.IO.Directory.Delete(source));
        }
    }

    private static void File(AbsolutePath source, AbsolutePath target, ExistsPolicy policy, bool createDirectories, bool move)
    {
        var verb = move ? "move" : "copy";
        if (target.DirectoryExists())
        {
            throw new IOException($"Could not {verb} '{source}' to '{target}': a directory exists there. Use {(move ? "MoveToDirectory" : "CopyToDirectory")} to put the file into it.");
        }

        if (target.FileExists())
        {
            if (policy.HasFlag(ExistsPolicy.FileSkip))
            {
                return;
            }

            if (policy.HasFlag(ExistsPolicy.FileOverwriteIfNewer))
            {
                if (System.IO.File.GetLastWriteTimeUtc(source) <= System.IO.File.GetLastWriteTimeUtc(target))
                {
                    return;
                }
            }
            else if (!policy.HasFlag(ExistsPolicy.FileOverwrite))
            {
                throw new IOException($"Could not {verb} '{source}' to '{target}': the file exists. Delete it first, or pass ExistsPolicy.FileOverwrite (or MergeAndOverwrite).");
            }
        }

        if (target.Parent is { } parent && !parent.DirectoryExists())
        {
            if (!createDirectories)
            {
                throw new IOException($"Could not {verb} '{source}' to '{target}': '{parent}' does not exist (createDirectories is false).");
            }

            parent.CreateDirectory();
        }

        FileOperation.Run(verb, source, () =>
        {
            if (move)
            {
                System.IO.File.Move(source, target, overwrite: true);
            }
            else
            {
                System.IO.File.Copy(source, target, overwrite: true);
            }
        });
    }
}
