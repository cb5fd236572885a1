namespace Automation.Tests.Support;

/// <summary>
/// Records in the <see cref="Trace"/> when a test target's work starts and ends (<c>a start</c>, <c>a end</c>). The trace
/// keeps entries in the order they happened, so tests check what overlapped from that order, not from clock readings.
/// </summary>
public static class Spans
{
    public static async Task RunAsync(string name, int milliseconds)
    {
        Trace.Record($"{name} start");
        await Task.Delay(milliseconds);
        Trace.Record($"{name} end");
    }

    /// <summary>Whether <paramref name="first"/> had ended before <paramref name="second"/> started.</summary>
    public static bool EndedBefore(IReadOnlyList<string> trace, string first, string second) =>
        Index(trace, $"{first} end") < Index(trace, $"{second} start");

    public static bool Overlapped(IReadOnlyList<string> trace, string first, string second) =>
        !EndedBefore(trace, first, second) && !EndedBefore(trace, second, first);

    /// <summary>The most spans that were running at the same moment.</summary>
    public static int MaxConcurrent(IReadOnlyList<string> trace)
    {
        int running = 0, most = 0;
        foreach (var entry in trace)
        {
            running += entry.EndsWith(" start", StringComparison.Ordinal) ? 1 : entry.EndsWith(" end", StringComparison.Ordinal) ? -1 : 0;
            most = Math.Max(most, running);
        }

        return most;
    }

    private static int Index(IReadOnlyList<string> trace, string entry)
    {
        var index = trace.ToList().IndexOf(entry);
        return index >= 0 ? index : throw new Xunit.Sdk.XunitException($"'{entry}' is not in the trace: {string.Join(", ", trace)}");
    }
}
