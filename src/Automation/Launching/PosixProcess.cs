using System.Runtime.InteropServices;

namespace Automation.Launching;

/// <summary>
/// The few POSIX calls .NET does not expose: sending a signal other than SIGKILL (SIGSTOP freezes a tree while it is
/// walked), reaping a process .NET did not start, and, on Linux, becoming a child subreaper.
/// </summary>
internal static partial class PosixProcess
{
    public const int Kill = 9;

    private const int NoHang = 1;
    private const int SetChildSubreaper = 36;

    /// <summary>SIGSTOP: 19 on Linux, 17 on macOS and the BSDs.</summary>
    public static int Stop => OperatingSystem.IsLinux() ? 19 : 17;

    /// <summary>Sends <paramref name="signal"/>; false when the process is gone or not ours to signal.</summary>
    public static bool Signal(int pid, int signal) => pid > 0 && NativeKill(pid, signal) == 0;

    /// <summary>
    /// Makes this process adopt the orphans among its descendants (Linux 3.4 and later), instead of init: a command's
    /// grandchild whose parent died stays findable as ours. False where that is not possible.
    /// </summary>
    public static bool BecomeSubreaper() => OperatingSystem.IsLinux() && Prctl(SetChildSubreaper, 1, 0, 0, 0) == 0;

    /// <summary>Collects the exit status of <paramref name="pid"/> if it is a child of ours that has ended; true when it was reaped.</summary>
    public static bool TryReap(int pid) => WaitPid(pid, out _, NoHang) == pid;

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int NativeKill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    private static partial int WaitPid(int pid, out int status, int options);

    [LibraryImport("libc", EntryPoint = "prctl", SetLastError = true)]
    private static partial int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);
}
