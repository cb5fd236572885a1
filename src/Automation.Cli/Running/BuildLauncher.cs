using System.Diagnostics;

namespace Automation.Cli.Running;

/// <summary>
/// How the tool starts a repository's build: through the repository's own bootstrap script, so the SDK choice and the
/// "compile only when stale" check are exactly those of <c>./build.sh</c>.
/// </summary>
internal static class BuildLauncher
{
    /// <summary>The nearest folder at or above <paramref name="workingDirectory"/> holding <c>.nuke/</c>: the build's root marker.</summary>
    public static AbsolutePath? FindRoot(string workingDirectory)
    {
        for (var directory = AbsolutePath.Create(Path.GetFullPath(workingDirectory)); directory is not null; directory = directory.Parent)
        {
            if (new NukeLayout(directory).Exists)
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>The bootstrap script of <paramref name="root"/> for this platform: <c>build.cmd</c> on Windows, else <c>build.sh</c>.</summary>
    public static AbsolutePath Script(AbsolutePath root, bool windows)
    {
        ArgumentNullException.ThrowIfNull(root);
        return root / (windows ? "build.cmd" : "build.sh");
    }

    /// <summary>
    /// Runs <paramref name="script"/> with <paramref name="arguments"/> intact, in <paramref name="workingDirectory"/> (the
    /// build finds its root from there, and relative paths in arguments keep their meaning), sharing this console.
    /// </summary>
    public static ProcessStartInfo StartInfo(AbsolutePath script, IEnumerable<string> arguments, string workingDirectory, bool windows)
    {
        ArgumentNullException.ThrowIfNull(script);
        // bash rather than the script itself: a checkout (or an unzipped archive) may have lost the executable bit.
        var info = windows
            ? new ProcessStartInfo("cmd.exe", ["/d", "/c", script, .. arguments])
            : new ProcessStartInfo("bash", [script, .. arguments]);
        info.WorkingDirectory = workingDirectory;
        info.UseShellExecute = false;
        return info;
    }
}
