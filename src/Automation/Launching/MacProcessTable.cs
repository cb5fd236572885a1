using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Automation.Launching;

/// <summary>
/// The process table from libproc (<c>proc_listallpids</c>, <c>proc_pidinfo</c>) and, for environments,
/// <c>sysctl(KERN_PROCARGS2)</c>, which shows the arguments and environment of the user's own processes.
/// </summary>
internal static partial class MacProcessTable
{
    // struct proc_bsdinfo (sys/proc_info.h): pbi_status at 4, pbi_ppid at 16, pbi_start_tvsec at 120; 136 bytes.
    private const int BsdInfo = 3;
    private const int BsdInfoSize = 136;
    private const int StatusOffset = 4;
    private const int ParentOffset = 16;
    private const int StartOffset = 120;
    private const int Zombie = 5;

    private const int Kernel = 1;
    private const int ProcessArguments2 = 49;

    public static IReadOnlyList<ProcessEntry> Read()
    {
        var pids = new int[4096];
        int count;
        while ((count = ListAllPids(pids, pids.Length * sizeof(int))) >= pids.Length)
        {
            pids = new int[pids.Length * 2];
        }

        return [.. pids.Take(Math.Max(count, 0)).Where(pid => pid > 0).Select(Find).OfType<ProcessEntry>()];
    }

    public static ProcessEntry? Find(int pid)
    {
        var info = new byte[BsdInfoSize];
        if (PidInfo(pid, BsdInfo, 0, info, info.Length) != BsdInfoSize)
        {
            return null;
        }

        return new ProcessEntry(
            pid,
            BinaryPrimitives.ReadInt32LittleEndian(info.AsSpan(ParentOffset)),
            BinaryPrimitives.ReadInt64LittleEndian(info.AsSpan(StartOffset)),
            BinaryPrimitives.ReadInt32LittleEndian(info.AsSpan(StatusOffset)) == Zombie);
    }

    public static bool Carries(int pid, ReadOnlySpan<byte> needle)
    {
        int[] name = [Kernel, ProcessArguments2, pid];
        nuint size = 0;
        if (Sysctl(name, (uint)name.Length, null, ref size, IntPtr.Zero, 0) != 0 || size == 0)
        {
            return false;
        }

        var buffer = new byte[(int)size];
        return Sysctl(name, (uint)name.Length, buffer, ref size, IntPtr.Zero, 0) == 0
            && buffer.AsSpan(0, (int)Math.Min(size, (nuint)buffer.Length)).IndexOf(needle) >= 0;
    }

    [LibraryImport("libc", EntryPoint = "proc_listallpids")]
    private static partial int ListAllPids([Out] int[] buffer, int bufferSize);

    [LibraryImport("libc", EntryPoint = "proc_pidinfo")]
    private static partial int PidInfo(int pid, int flavor, ulong argument, [Out] byte[] buffer, int bufferSize);

    [LibraryImport("libc", EntryPoint = "sysctl")]
    private static partial int Sysctl([In] int[] name, uint nameLength, [Out] byte[]? oldValue, ref nuint oldLength, IntPtr newValue, nuint newLength);
}
