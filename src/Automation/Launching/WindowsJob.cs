using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Automation.Launching;

/// <summary>
/// A Windows job object holding a command and everything it starts, assigned right after the start (a child the
/// command starts before that escapes it; .NET cannot start a process suspended). Killing terminates the job. While
/// the command runs the job kills its members when its last handle closes, so a build that dies at once (a second
/// Ctrl+C) takes its commands with it; when the command ends normally that is switched off first, so what it leaves
/// running on purpose (MSBuild nodes, the compiler server) lives on as before.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed partial class WindowsJob : IDisposable
{
    private const int ExtendedLimitInformation = 9;
    private const uint KillOnJobClose = 0x2000;

    private readonly JobHandle _handle;

    private WindowsJob(JobHandle handle) => _handle = handle;

    /// <summary>A job holding <paramref name="process"/>, or null when one cannot be made (the parent's job forbids it).</summary>
    public static WindowsJob? Hold(Process process)
    {
        var handle = CreateJobObject(IntPtr.Zero, IntPtr.Zero);
        if (handle.IsInvalid)
        {
            handle.Dispose();
            return null;
        }

        var job = new WindowsJob(handle);
        if (!job.SetKillOnClose(true) || !AssignProcessToJobObject(handle, process.Handle))
        {
            job.Dispose();
            return null;
        }

        return job;
    }

    /// <summary>Kills every process in the job.</summary>
    public void Terminate() => TerminateJobObject(_handle, 1);

    /// <summary>Lets what is left in the job live on, and closes it.</summary>
    public void Dispose()
    {
        SetKillOnClose(false);
        _handle.Dispose();
    }

    private bool SetKillOnClose(bool kill)
    {
        var limits = new ExtendedLimits { Basic = new BasicLimits { LimitFlags = kill ? KillOnJobClose : 0 } };
        return SetInformationJobObject(_handle, ExtendedLimitInformation, ref limits, (uint)Marshal.SizeOf<ExtendedLimits>());
    }

    [LibraryImport("kernel32.dll", EntryPoint = "CreateJobObjectW", SetLastError = true)]
    private static partial JobHandle CreateJobObject(IntPtr attributes, IntPtr name);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool SetInformationJobObject(JobHandle job, int informationClass, ref ExtendedLimits information, uint length);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool AssignProcessToJobObject(JobHandle job, IntPtr process);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool TerminateJobObject(JobHandle job, uint exitCode);

    [LibraryImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CloseHandle(IntPtr handle);

    // JOBOBJECT_BASIC_LIMIT_INFORMATION
    [StructLayout(LayoutKind.Sequential)]
    private struct BasicLimits
    {
        public long PerProcessUserTimeLimit;
        public long PerJobUserTimeLimit;
        public uint LimitFlags;
        public nuint MinimumWorkingSetSize;
        public nuint MaximumWorkingSetSize;
        public uint ActiveProcessLimit;
        public nuint Affinity;
        public uint PriorityClass;
        public uint SchedulingClass;
    }

    // JOBOBJECT_EXTENDED_LIMIT_INFORMATION, with IO_COUNTERS inlined.
    [StructLayout(LayoutKind.Sequential)]
    private struct ExtendedLimits
    {
        public BasicLimits Basic;
        public ulong ReadOperationCount;
        public ulong WriteOperationCount;
        public ulong OtherOperationCount;
        public ulong ReadTransferCount;
        public ulong WriteTransferCount;
        public ulong OtherTransferCount;
        public nuint ProcessMemoryLimit;
        public nuint JobMemoryLimit;
        public nuint PeakProcessMemoryUsed;
        public nuint PeakJobMemoryUsed;
    }

    private sealed class JobHandle : SafeHandleZeroOrMinusOneIsInvalid
    {
        public JobHandle()
            : base(ownsHandle: true)
        {
        }

        protected override bool ReleaseHandle() => CloseHandle(handle);
    }
}
