using System.Globalization;

namespace Automation.IntegrationTests.Support;

/// <summary>POSIX signals, sent the way a user or a CI agent would: with the <c>kill</c> command.</summary>
public static class Signals
{
    public const int Interrupt = 2;

    /// <summary>Runs <c>kill -NAME -- pid</c>; a negative pid is a process group.</summary>
    public static async Task SendAsync(int pid, string name)
    {
        var result = await ChildProcess.RunAsync("kill", [$"-{name}", "--", pid.ToString(CultureInfo.InvariantCulture)], Path.GetTempPath(), TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        Assert.True(result.ExitCode == 0, $"kill -{name} {pid} failed: {result}");
    }

    /// <summary>
    /// Whether this process ignores a signal: a job started in the background by a shell without job control ignores
    /// SIGINT, children inherit that, and .NET keeps an ignored SIGINT ignored.
    /// </summary>
    public static bool IsIgnoredByThisProcess(int signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        var mask = line is null ? 0UL : ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (mask & (1UL << (signal - 1))) != 0;
    }
}
