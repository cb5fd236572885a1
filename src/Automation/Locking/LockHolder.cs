using System.Globalization;

namespace Automation.Locking;

/// <summary>Who holds a root's build lock: what a waiting build prints, and the token a build it runs proves itself by.</summary>
/// <param name="Token">A unique value per lock taken; the holder's commands inherit it (<see cref="RootLock.Variable"/>).</param>
/// <param name="ProcessId">The holding process.</param>
/// <param name="Host">The machine it runs on (a root on a network share can be locked from another).</param>
/// <param name="Started">When it took the lock.</param>
/// <param name="CommandLine">Its arguments, every word that may carry a secret masked.</param>
internal sealed record LockHolder(string Token, int ProcessId, string Host, DateTimeOffset Started, string CommandLine)
{
    /// <summary>The holder as this process: a fresh token, now.</summary>
    public static LockHolder ThisProcess(IReadOnlyList<string> maskedArguments, TimeProvider time) =>
        new(Guid.NewGuid().ToString("N"), Environment.ProcessId, Environment.MachineName, time.GetLocalNow(), string.Join(' ', maskedArguments));

    /// <summary><c>the build started at 2026-12-06 14:03:12 by PID 4242 on ci-7 (pack --configuration Release)</c>.</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"the build started at {Started:yyyy-MM-dd HH:mm:ss} by PID {ProcessId} on {Host} ({(CommandLine.Length == 0 ? "its default targets" : CommandLine)})");
}
