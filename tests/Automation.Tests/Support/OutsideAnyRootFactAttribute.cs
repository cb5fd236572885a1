namespace Automation.Tests.Support;

/// <summary>
/// A fact that needs the temporary directory outside any build's root: with a <c>.nuke/</c> folder above it, that
/// folder would be found as the root. Skipped, saying so, on such a machine.
/// </summary>
public sealed class OutsideAnyRootFactAttribute : FactAttribute
{
    public OutsideAnyRootFactAttribute()
    {
        if (NukeFolderAbove(Path.GetTempPath()) is { } folder)
        {
            Skip = $"Needs the temporary directory outside any build's root, but {folder} is above it.";
        }
    }

    private static string? NukeFolderAbove(string path)
    {
        for (var directory = new DirectoryInfo(path); directory is not null; directory = directory.Parent)
        {
            var folder = Path.Combine(directory.FullName, ".nuke");
            if (Directory.Exists(folder))
            {
                return folder;
            }
        }

        return null;
    }
}
