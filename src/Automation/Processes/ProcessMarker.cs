using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Automation.Processes;

/// <summary>
/// Marks a command's environment with a unique value that every process it starts inherits, so all of them can be
/// found and killed even after their parent died and they were re-parented: Ctrl+C in a terminal signals the whole
/// process group, a shell dies of it, and its background jobs (which ignore SIGINT) would live on. Finding them
/// needs <c>/proc/&lt;pid&gt;/environ</c>, so Linux only; elsewhere killing the intact tree is all there is.
/// </summary>
internal static class ProcessMarker
{
    public const string Variable = "AUTOMATION_COMMAND_ID";

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The variable's value for a command: the inherited markers (a build run by a build) plus its own.</summary>
    public static string Value(string marker, string? inherited) => string.IsNullOrEmpty(inherited) ? marker : $"{inherited},{marker}";

    /// <summary>Kills every process whose environment carries <paramref name="marker"/>; repeats while it finds some, for ones forked meanwhile.</summary>
    public static void KillMarked(string marker)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var needle = Encoding.ASCII.GetBytes(marker);
        try
        {
            for (var pass = 0; pass < 3 && KillPass(needle) > 0; pass++)
            {
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // No /proc to read: killing the tree is all there is. This runs in the interrupt handler, so it never throws.
        }
    }

    private static int KillPass(byte[] needle)
    {
        var killed = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || pid == Environment.ProcessId
                || !Carries(directory, needle))
            {
                continue;
            }

            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
                killed++;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or Win32Exception)
            {
                // Gone meanwhile, or not ours to kill.
            }
        }

        return killed;
    }

    private static bool Carries(string procDirectory, byte[] needle)
    {
        try
        {
            return File.ReadAllBytes(Path.Combine(procDirectory, "environ")).AsSpan().IndexOf(needle) >= 0;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
