namespace Automation.Launching;

/// <summary>The processes of the machine with their parents, and whether one carries a marker in its environment: from <c>/proc</c> on Linux, libproc and sysctl on macOS.</summary>
internal static class ProcessTable
{
    /// <summary>Whether the table can be read here (Linux and macOS).</summary>
    public static bool IsAvailable => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>Every process that could be read; empty where the table is not available.</summary>
    public static IReadOnlyList<ProcessEntry> Read() =>
        OperatingSystem.IsLinux() ? LinuxProcessTable.Read()
        : OperatingSystem.IsMacOS() ? MacProcessTable.Read()
        : [];

    /// <summary>One process, or null when it is gone or cannot be read.</summary>
    public static ProcessEntry? Find(int pid) =>
        OperatingSystem.IsLinux() ? LinuxProcessTable.Find(pid)
        : OperatingSystem.IsMacOS() ? MacProcessTable.Find(pid)
        : null;

    /// <summary>Whether the environment of <paramref name="pid"/> holds <paramref name="needle"/>; false when it cannot be read.</summary>
    public static bool Carries(int pid, ReadOnlySpan<byte> needle) =>
        OperatingSystem.IsLinux() ? LinuxProcessTable.Carries(pid, needle)
        : OperatingSystem.IsMacOS() && MacProcessTable.Carries(pid, needle);
}
