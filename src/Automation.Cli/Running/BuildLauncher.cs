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
    /// The program that runs <paramref name="script"/> with <paramref name="arguments"/> intact: bash rather than the
    /// script itself, since a checkout (or an unzipped archive) may have lost the executable bit; cmd.exe on Windows.
    /// </summary>
    public static (string Program, IReadOnlyList<string> Arguments) Command(AbsolutePath script, IEnumerable<string> arguments, bool windows)
    {
        ArgumentNullException.ThrowIfNull(script);
        return windows ? ("cmd.exe", ["/d", "/c", script, .. arguments]) : ("bash", [script, .. arguments]);
    }

    /// <summary>
    /// In <paramref name="workingDirectory"/> (the build finds its root from there, and relative paths in arguments keep
    /// their meaning), sharing this console: the build's output, colours and prompts are the user's.
    /// </summary>
    public static ProcessLaunchOptions Options(string workingDirectory) => new() { WorkingDirectory = workingDirectory, ShareConsole = true };
}
