namespace Automation.IntegrationTests.Support;

/// <summary>
/// A fact that needs a shell (zsh, fish) on PATH; skipped, saying so, without it. <c>.ci/run</c> installs them with
/// apt-get when it can.
/// </summary>
public sealed class ShellFactAttribute : FactAttribute
{
    public ShellFactAttribute(string shell)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            Skip = $"Needs a Unix-like system to run {shell}.";
        }
        else if (FindOnPath(shell) is null)
        {
            Skip = $"Needs {shell} on PATH (.ci/run installs it with apt-get: apt-get install {shell}).";
        }
    }

    /// <summary>The full path of <paramref name="program"/> on PATH, or null.</summary>
    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, program))
            .FirstOrDefault(File.Exists);
}
